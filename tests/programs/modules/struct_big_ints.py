# struct packs the full 64-bit range: unsigned values past 2**63 come back as big ints
import struct

top = 2**64 - 1
print(struct.pack("<Q", top))
print(struct.unpack("<Q", b"\xff" * 8))
print(struct.unpack("<q", b"\xff" * 8))
print(struct.unpack(">Q", b"\x80" + b"\x00" * 7))
print(struct.unpack("N", struct.pack("N", 2**63 + 5)))
print(struct.unpack("q", struct.pack("q", -2**63)))
low = struct.unpack("<L", b"\xff\xff\xff\xff")[0]
print(low, struct.calcsize("<L"), struct.calcsize("L"))
print(struct.pack("P", -1))
print(struct.unpack("P", b"\x01" * 8))
