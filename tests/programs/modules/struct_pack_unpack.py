# struct.pack turns numbers into bytes and struct.unpack reads them back as a tuple
import struct

record = struct.pack("<hiq", -2, 70000, 2**40)
print(record, len(record))
values = struct.unpack("<hiq", record)
print(values)
small, middle, large = values
print(small + middle + large)
big_end = struct.pack(">I", 0x01020304)
little_end = struct.pack("<I", 0x01020304)
print(big_end, little_end, big_end == little_end[::-1])
print(struct.pack("!H", 513), struct.pack("=H", 513))
print(struct.unpack(">bB", b"\xff\xff"))
print(struct.pack("3B", 1, 2, 3), struct.unpack("3B", b"abc"))
