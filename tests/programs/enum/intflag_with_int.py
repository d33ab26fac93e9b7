# enum.IntFlag: with int
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


a = Perm.R | 8
b = 1 | Perm.R
c = Perm.R & 5
d = 6 ^ Perm.W
print(repr(a), repr(b), repr(c), repr(d))
print(type(a).__name__, type(Perm.R + 1).__name__, type(Perm.R << 1).__name__)
