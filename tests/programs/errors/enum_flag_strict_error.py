# enum.Flag: strict error
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm(8))
