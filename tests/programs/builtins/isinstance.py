# isinstance checks an object's type
print(isinstance(3, int), isinstance("3", int))
