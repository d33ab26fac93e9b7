# struct.error messages: ranges, wrong types, sizes, counts and bad formats, caught
import struct

attempts = [
    ("h", 40000), ("B", -1), ("b", 128), ("H", 70000), ("i", 2**31), ("I", -1), ("I", 2**32),
    ("q", 2**63), ("Q", -1), ("<l", 2**31), ("<L", 2**32), (">h", 40000), (">H", -1),
    (">q", 2**63), ("P", 2**64), ("i", 1.5), ("h", "1"), ("c", b"ab"), ("c", "a"), ("s", "text"),
    ("d", "1.0"), ("e", 1e10), ("<f", 1e300), ("<e", 2**100), ("d", 2**1100),
]
for fmt, value in attempts:
    try:
        struct.pack(fmt, value)
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
for fmt in ["z", "3", "i3", "<P", "=n", "3 i", "i<", "99999999999999999999i"]:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(repr(fmt), e)
for call in [lambda: struct.pack("ii", 1), lambda: struct.unpack("i", b"abc"),
             lambda: struct.unpack_from("i", b"abcdef", 4), lambda: struct.unpack_from("i", b"ab", -1),
             lambda: struct.unpack_from("i", b"abcdef", -10), lambda: struct.pack_into("i", bytearray(2), 0, 1),
             lambda: struct.pack_into("i", bytearray(6), -1, 1), lambda: struct.pack_into("i", bytearray(6)),
             lambda: struct.iter_unpack("i", b"abcde"), lambda: struct.iter_unpack("", b""),
             lambda: struct.unpack("i", "abcd"), lambda: struct.pack_into("i", b"abcd", 0, 1),
             lambda: struct.Struct(4), lambda: struct.pack(), lambda: struct.unpack("i"),
             lambda: struct.calcsize("\xe9")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
buf = bytearray(b"\xff" * 8)
try:
    struct.pack_into("ii", buf, 0, 1, "x")
except struct.error as e:
    print(e, buf)
