# A view is accepted where bytes are: bytes(), bytearray(), join, +, int.from_bytes, struct, int()
import array
import struct

view = memoryview(b"\x01\x02\x03\x04")
print(bytes(view), bytearray(view), bytes(view[1:3]))
print(b"-".join([view[:2], b"x", view[2:]]))
print(b"ab" + view[:1], bytearray(b"z") + view[3:])
print(int.from_bytes(view, "big"), int.from_bytes(view[:2], "little"))
print(struct.unpack("<hh", view), struct.unpack_from("<h", view, 2))
print(int(memoryview(b"42")), float(memoryview(b"2.5")))
target = bytearray(4)
struct.pack_into("<h", target, 1, 513)
print(target, memoryview(target)[1:3].tolist())
window = memoryview(target)[2:]
struct.pack_into("<h", window, 0, -2)
print(target, struct.unpack_from("<h", window))
numbers = array.array("h", [0, 0])
struct.pack_into("<h", memoryview(numbers), 2, 300)
print(numbers, int(numbers[1:2].tobytes()[0]))
print(b"\x02" in view, b"\x02\x03" in view)
