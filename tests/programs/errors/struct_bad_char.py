# a format character struct does not know ends in struct.error
import struct

record = struct.pack("<iz", 1, 2)
