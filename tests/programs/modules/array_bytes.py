# an array's items are machine bytes: tobytes, frombytes, byteswap and a bytes initializer
import array

a = array.array("H", [1, 256, 65535])
raw = a.tobytes()
print(raw)
b = array.array("H", raw)
print(b, a == b)
b.byteswap()
print(b)
c = array.array("i")
c.frombytes(b"\x01\x00\x00\x00\xff\xff\xff\xff")
print(c)
q = array.array("Q", [2**64 - 1, 0])
big = q[0]
print(q, big)
l = array.array("q", [-2**63, 2**63 - 1])
print(l, l.itemsize)
print(array.array("B", bytearray(b"AB")))
