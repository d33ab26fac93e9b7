# hash() of a tuple of shared tuples: 10**10 items hashed in one step
x = (0.5,) * 10**3
for i in range(7):
    x = (x,) * 10
print(hash(x))
