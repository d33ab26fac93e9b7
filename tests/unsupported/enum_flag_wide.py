# unsupported: Flag line 5
from enum import Flag


class Huge(Flag):
    LOW = 1
    HIGH = 2**70
