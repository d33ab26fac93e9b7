# str() and repr() by name: (5).__str__(), list.__repr__, int.__str__ is object's
print((5).__str__(), True.__str__(), (1.5).__repr__(), "a'b".__repr__(), "ab".__str__())
print([1, "x"].__repr__(), (1,).__str__(), {1: 2}.__repr__(), {3}.__str__(), range(4).__repr__())
print(int.__str__, int.__repr__, bool.__repr__, str.__str__, list.__str__ is int.__str__)
print(int.__str__(7), list.__repr__([1]), bool.__repr__(False), frozenset().__repr__())
print([sum(int(c) for c in i.__str__()) for i in range(12)])
try:
    int.__repr__("a")
except TypeError as e:
    print(e)
try:
    int.__str__()
except TypeError as e:
    print(e)
