# set.union returns a new set
a = {1}
b = a.union({2, 3})
print(sorted(b), a)
