# a tuple is an immutable sequence
point = (3, 4)
print(point, point[0])
