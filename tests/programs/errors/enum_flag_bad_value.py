# enum.Flag: bad value
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2


print(Perm("R"))
