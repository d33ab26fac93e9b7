# struct.iter_unpack yields one tuple per record and keeps its buffer until it is used up
import struct

readings = bytes([1, 0, 10, 2, 0, 20, 3, 0, 30])
it = struct.iter_unpack("<hB", readings)
print(type(it).__name__, type(it), it.__length_hint__())
first = next(it)
print(first, it.__length_hint__())
for number, value in it:
    print(number, value)
print(list(it), next(it, "done"), it.__length_hint__())
