# struct packs any object with __index__ as an int, and '?' asks an object for its truth
import struct


class Small:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Empty:
    def __len__(self):
        return 0


print(struct.pack("<hB", Small(-3), Small(200)))
print(struct.pack("??", Empty(), Small(0)))
try:
    struct.pack("b", Small(300))
except struct.error as e:
    print(e)
print(struct.pack("d", Small(2)))
