# abs of ints
print(abs(-5), abs(5), abs(-300))
