# int and float operator dunders by name; NotImplemented for an operand their type refuses
a = 5
print(a.__add__(3), a.__radd__(3), a.__sub__(2), a.__rsub__(2), a.__mul__(4))
print(a.__add__(1.5), a.__eq__(5.0), (5.0).__eq__(5), a.__lt__(7), a.__ge__(True))
print((7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(3), (2).__pow__(10), (2).__rpow__(3))
print(True.__and__(False), True.__or__(1), (6).__xor__(3), (1).__lshift__(4), (-5).__abs__())
print((5).__neg__(), (2.5).__neg__(), (0).__bool__(), (0.1).__bool__(), (2.7).__int__())
print((3).__float__(), True.__index__(), (5).__invert__(), int.__add__(2, 3), float.__mul__(1.5, 2))
print(int.__add__, bool.__and__, bool.__add__, float.__lt__, list(map(int.__mul__, [1, 2], [3, 4])))
print("a".__class__, (1.5).__radd__(1), (1.5).__rtruediv__(3), (4.0).__rfloordiv__(9))
print(sorted([3, 1, 2], key=(10).__sub__))
try:
    (7).__floordiv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int.__add__(1.5, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__add__()
except TypeError as e:
    print("TypeError:", e)
for c in [lambda: (2).__pow__(3, k=1), lambda: (1).__neg__(2), lambda: True.__and__(x=1), lambda: (1).__lshift__("a")]:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
