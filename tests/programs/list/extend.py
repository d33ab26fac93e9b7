# extend() appends every item of another list
a = [1, 2]
a.extend([3, 4])
print(a, len(a))
