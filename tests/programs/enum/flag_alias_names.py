# enum.Flag: alias names
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    RW = 6
    X = 1


print(Perm(6), Perm(7), Perm(3), Perm.RW in Perm(7))
print(list(Perm), Perm._member_names_, len(Perm))
