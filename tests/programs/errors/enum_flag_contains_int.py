# enum.Flag: contains int
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2


print(4 in Perm.R | Perm.W)
