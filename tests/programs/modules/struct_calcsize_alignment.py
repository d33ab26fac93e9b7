# struct.calcsize: native formats pad each item to its alignment, standard ones never pad
import struct

for fmt in ["b", "h", "i", "l", "q", "n", "P", "e", "f", "d", "?", "c"]:
    print(fmt, struct.calcsize(fmt), struct.calcsize("<" + fmt) if fmt not in "nP" else "-")
print(struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("ib"))
print(struct.calcsize("bq"), struct.calcsize("=bq"), struct.calcsize("qb"))
print(struct.calcsize("b0i"), struct.calcsize("bxh"), struct.calcsize("be"))
print(struct.calcsize("3s"), struct.calcsize("0s"), struct.calcsize("10p"))
print(struct.calcsize(""), struct.calcsize("@"), struct.calcsize(" 2i  3h "))
packed = struct.pack("bhi", 1, 2, 3)
print(packed, len(packed))
print(struct.unpack("bhi", packed))
