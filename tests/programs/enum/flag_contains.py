# enum.Flag: contains
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


mode = Perm.R | Perm.X
print(Perm.R in mode, Perm.W in mode, (Perm.R | Perm.X) in mode)
print(Perm.R in Perm, mode in Perm)
print(bool(mode), bool(Perm(0)), len(mode), len(Perm(0)))
