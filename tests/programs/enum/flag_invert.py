# enum.Flag: invert
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


not_r = ~Perm.R
everything = ~Perm(0)
back = ~not_r
print(not_r, everything, back, back is Perm.R)
print(~Perm.R is not_r)
