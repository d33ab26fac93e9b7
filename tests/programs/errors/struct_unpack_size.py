# unpack needs exactly the format's size of bytes
import struct

header = b"\x01\x02\x03"
width, height = struct.unpack("<HH", header)
