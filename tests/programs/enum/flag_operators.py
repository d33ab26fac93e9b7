# enum.Flag: operators
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
only_w = rw & Perm.W
flipped = rw ^ Perm.X
nothing = Perm.R & Perm.W
print(rw, only_w, flipped, nothing)
print(repr(rw), repr(nothing))
print(rw is (Perm.W | Perm.R), only_w is Perm.W)
