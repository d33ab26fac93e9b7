# int and float operator methods called by name answer NotImplemented for what they cannot handle
print(int.__add__(1, 2), (1).__add__(2.5), (1).__radd__(2.5), (1.5).__rsub__(1), True.__add__(True))
print((1).__eq__(1.0), (1.0).__eq__(1), (3).__lt__(4), (2.5).__ge__(2), int.__mul__(3, 4))
print((7).__floordiv__(2), (7.0).__mod__(2), (7).__truediv__(2), (2).__mod__(0.0), (1).__add__("a"))
for call in [lambda: (1).__add__(), lambda: (1).__add__(a=1), lambda: (1).__truediv__(0),
             lambda: int.__add__("a", 1), lambda: float.__lt__(1, 2.0)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
total = sum([1, 2, 3])
print(total.__ne__(6), total.__eq__(6))
