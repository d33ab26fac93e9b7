# object.__eq__ is identity or NotImplemented; object.__ne__ inverts the class's own __eq__
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        print("Key.__eq__")
        return isinstance(other, Key) and self.k == other.k


a = Key(1)
b = Key(1)
print(object.__eq__(a, a), object.__eq__(a, b))
print(object.__ne__(a, b))
print(object.__ne__(a, 5))
print(object.__lt__(a, b), object.__ge__(a, a))
