# unsupported: subclass line 7
import struct

class Header(struct.Struct):
    pass

h = Header("<hh")
