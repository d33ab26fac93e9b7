# int() of a float drops the fraction
f = -3.9
n = int(f)
print(n)
