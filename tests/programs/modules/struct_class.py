# struct.Struct parses a format once: its format, size and methods
import struct

point = struct.Struct("<hh")
print(point.format, point.size, type(point), type(point).__name__)
data = point.pack(3, -4)
print(data, point.unpack(data))
raw = struct.Struct(b">I")
print(raw.format, raw.size, raw.unpack(b"\x00\x00\x01\x00"))
print(struct.Struct(format="i").size)
buf = bytearray(8)
point.pack_into(buf, 2, 7, 8)
print(buf, point.unpack_from(buf, 2), point.unpack_from(buf, offset=4))
pairs = list(point.iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00"))
print(pairs)
same = struct.Struct("<hh")
print(same == point, same is point, isinstance(point, struct.Struct))
print(struct.Struct, struct.error, struct.error.__mro__)
