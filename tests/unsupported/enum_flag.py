# unsupported: IntFlag line 2
from enum import IntFlag


class Perm(IntFlag):
    R = 4
