# enum.Flag: or int
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2


print(Perm.R | 2)
