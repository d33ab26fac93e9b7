# ** raises to a power
base = 3
print(base ** 4)
