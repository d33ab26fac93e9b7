# isinstance with user classes, builtin types and tuples of classes
class Animal:
    pass

class Dog(Animal):
    pass

d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, (int, Dog)))
print(isinstance(d, int), isinstance(5, (str, int)), isinstance(d, object))
print(type(d) is Dog, type(d) is Animal, type(d) == Dog)
