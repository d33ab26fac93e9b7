# | and & make new sets
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b))
