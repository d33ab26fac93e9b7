# a set display of constants is a new set filled from a frozenset constant, which sets its order
print({-5, -257, 100, 255})
small = {33, 1, 65}
small.add(97)
print(small)
wide = {8, -8, 16, 2**40, -24, 1.5, (1, 2), 0}
print(wide)
again = {255, 100, -257, -5}
print(again, again == {-5, -257, 100, 255})
