# enum.Flag: lookup
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm(6), Perm(0), Perm(-1), Perm(-1) is Perm(7))
print(repr(Perm(0)), Perm(4) is Perm.R)
