# object.__repr__ and object.__eq__ apply to any object: a list is named by its type, == is identity
xs = [1, 2]
print(object.__repr__(xs).startswith("<list object at 0x"))
print(object.__eq__(xs, xs), object.__eq__(xs, [1, 2]))
print(xs == [1, 2])
