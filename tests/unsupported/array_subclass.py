# unsupported: subclass line 7
import array

class Bits(array.array):
    pass

b = Bits("B", [1])
