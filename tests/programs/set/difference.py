# - keeps the items of the left set not in the right one
a = {1, 2, 3}
b = {2}
c = a - b
print(sorted(c))
