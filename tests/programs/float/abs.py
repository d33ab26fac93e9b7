# abs of a negative float
x = -2.25
print(abs(x))
