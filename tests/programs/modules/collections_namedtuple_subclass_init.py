# A namedtuple subclass with its own __init__ (after the namedtuple's __new__), and one with two namedtuple bases
from collections import namedtuple


class Pt(namedtuple("Pt", "x y")):
    def __init__(self, x, y):
        super().__init__()
        self.sum = x + y


class Both(namedtuple("A", "a"), namedtuple("B", "b c")):
    pass


p = Pt(1, 2)
print(p, p.sum, Pt.__new__(Pt, 3, 4), Both(5), [k.__name__ for k in Both.__mro__], Both(5).a)
print(Both._fields, Both._make([9]))
