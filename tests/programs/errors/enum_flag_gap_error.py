# enum.Flag: gap error
from enum import Flag


class Bits(Flag):
    LOW = 1
    HIGH = 4


print(Bits(5))
print(Bits(2))
