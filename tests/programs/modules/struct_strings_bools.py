# struct's 's' pads or cuts bytes to its count, 'p' stores a length byte, 'c' is one byte, '?' a bool
import struct

print(struct.pack("5s", b"hi"), struct.pack("2s", b"hello"), struct.pack("0s", b"abc"))
print(struct.unpack("5s", b"ab\x00cd"))
print(struct.pack("5p", b"hi"), struct.pack("4p", b"hello"), struct.pack("1p", b"x"))
print(struct.unpack("5p", b"\x02hi\x00\x00"), struct.unpack("3p", b"\x09abc"[:3]))
print(struct.pack("cc", b"a", b"z"), struct.unpack("3c", b"xyz"))
print(struct.pack("s", bytearray(b"ab")), struct.pack("2x"), struct.pack("x2x"))
flags = struct.pack("???", True, 0, "yes")
print(flags, struct.unpack("???", flags), struct.unpack("?", b"\x05"))
name, age = struct.unpack("<6sB", b"Alice\x00\x1e")
print(name, name.rstrip(b"\x00").decode(), age)
print(struct.pack("3sx?", b"abc", []))
