# a float too large for a half-precision 'e' ends in OverflowError
import struct

data = struct.pack("<e", 70000.0)
