# packing a number that does not fit its format code ends in struct.error
import struct

levels = [100, 20000, 40000]
data = struct.pack("<3h", *levels)
