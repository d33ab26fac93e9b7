# a set comprehension of ints
s = {x % 3 for x in range(10)}
print(sorted(s))
