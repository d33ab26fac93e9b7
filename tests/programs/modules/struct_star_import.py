# `from struct import *` binds the names of struct.__all__
from struct import *

print(pack(">H", 258), unpack("<H", b"\x02\x01"), calcsize("<qh"))
print(Struct("b").size, error.__name__)
import struct
print(struct.__all__, hasattr(struct, "_clearcache"), struct._clearcache())
print(struct.pack, struct.Struct.pack)
