# enum.IntFlag: contains error
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2


print(Perm.R in Perm.R | Perm.W)
print(4 in Perm.R | Perm.W)
