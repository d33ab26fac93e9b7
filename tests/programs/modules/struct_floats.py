# struct packs floats as IEEE doubles, singles ('f', rounded) and halves ('e')
import struct

print(struct.pack(">d", 1.5), struct.pack("<d", -0.25))
single = struct.unpack("f", struct.pack("f", 0.1))[0]
print(single, single == 0.1)
print(struct.pack("<e", 1.0), struct.pack(">e", -2.5), struct.pack("e", 65504.0))
print(struct.unpack("<e", struct.pack("<e", 1 / 3)))
print(struct.unpack("<e", b"\x01\x00"), struct.unpack(">e", b"\x7c\x00"), struct.unpack(">e", b"\xfc\x00"))
print(struct.pack("<e", 2**-25), struct.pack("<e", 2**-24 * 1.5), struct.pack("<e", 2**-24 * 2.5))
print(struct.pack("<e", 65519.0), struct.pack("<e", float("inf")), struct.pack("<e", -0.0))
print(struct.pack("<e", float("nan")), struct.pack("<f", 3))
print(struct.pack("f", 1e300), struct.unpack("<f", struct.pack("<f", 3.4e38)))
print(struct.unpack("<3d", struct.pack("<3d", 1, 2.5, -7)))
