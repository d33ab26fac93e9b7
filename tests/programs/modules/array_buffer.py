# bytes and bytearray take an array as a buffer: its items' machine bytes
import array
a = array.array('h', [0x1515, 2])
print(b"123" + a)
b = bytearray(b"x")
b += a
print(b)
b.extend(array.array('b', [65, -1]))
print(b)
print(array.array('b', [1, 2]) in b'\x01\x02\x03')
print(b'\x01\x02\x03'.find(array.array('b', [2])), b'\x01\x02\x03'.count(array.array('B', [3])))
