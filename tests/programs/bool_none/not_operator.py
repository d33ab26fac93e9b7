# not flips a truth value
a = not 0
b = not [1]
print(a, b)
