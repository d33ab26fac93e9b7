# enum.Flag: iterate
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


for p in Perm.R | Perm.X:
    print(p)
print(list(Perm), list(Perm.RWX), Perm._member_names_)
print(Perm(3), Perm(7), Perm.RWX is Perm(7))
