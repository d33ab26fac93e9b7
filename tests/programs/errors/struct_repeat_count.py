# a repeat count at the end of a format, with no format character, ends in struct.error
import struct

size = struct.calcsize("<2i4")
