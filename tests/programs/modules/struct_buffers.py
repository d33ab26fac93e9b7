# struct.pack_into writes into a bytearray in place, unpack_from reads at an offset
import struct

buf = bytearray(10)
struct.pack_into("<I", buf, 0, 0xDEADBEEF)
struct.pack_into(">H", buf, 4, 513)
struct.pack_into("<h", buf, -2, -1)
print(buf)
print(struct.unpack_from("<I", buf), struct.unpack_from(">H", buf, 4))
print(struct.unpack_from("<h", buf, -2), struct.unpack_from("B", buf, offset=1))
print(struct.unpack_from("<I", b"xxxx\x01\x00\x00\x00", 4))
print(struct.unpack("<h", bytearray(b"\x00\x80")))
items = struct.iter_unpack("<hb", b"\x01\x00\x02\x03\x00\x04")
print(next(items))
print(next(items))
print(list(items))
print(list(struct.iter_unpack(">H", bytearray(b"\x00\x01\x00\x02"))))
