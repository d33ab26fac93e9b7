# enum.IntFlag: basic
from enum import IntFlag, auto


class Perm(IntFlag):
    R = auto()
    W = auto()
    X = auto()


rw = Perm.R | Perm.W
print(rw, repr(rw), rw == 3, rw + 1, isinstance(rw, int))
print(f"{rw:>4}|{Perm.X:b}", str(Perm(0)), repr(Perm(0)))
print(rw is (Perm.W | Perm.R), list(rw), len(rw), Perm.W in rw)
