# sys.getsizeof of ints (4 bytes per 30-bit digit), floats, bools, None, complex and bytes
import sys

sizes = []
for n in [0, 1, -1, 255, 2**30 - 1, 2**30, -(2**30), 2**60, 10**100]:
    sizes.append(sys.getsizeof(n))
print(sizes)
print(sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(None), sys.getsizeof(2 + 3j), sys.getsizeof(...))
print(sys.getsizeof(b""), sys.getsizeof(b"abc"))
