# enum.Flag: member init
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2

    def __init__(self, bit):
        self.weight = bit * 10

    def describe(self):
        return self.weight


print(Perm.R.describe(), Perm.R.value, Perm.R | Perm.W)
