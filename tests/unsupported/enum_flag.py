# unsupported: Flag line 2
from enum import Flag


class Perm(Flag):
    R = 4
