# enum.IntFlag: bad value
from enum import IntFlag


class Perm(IntFlag):
    R = 4


print(Perm("4"))
