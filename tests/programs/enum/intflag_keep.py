# enum.IntFlag: keep
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm(99)), repr(Perm(-1)), repr(~Perm.R), repr(~Perm(0)))
print(Perm(99) is Perm(99), Perm(-1) is Perm(7))
