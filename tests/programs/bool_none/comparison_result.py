# a comparison stores a bool object
small = 2 < 1
print(small, type(small))
