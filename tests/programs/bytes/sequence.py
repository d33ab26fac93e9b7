# a bytes is a sequence of ints: indexing, negative indexes, slices of the same type, len, iteration and `in`
data = b'hello world'
first = data[0]
last = data[-1]
middle = data[2:7]
stepped = data[::2]
backwards = data[::-1]
print(first, last, middle, stepped, backwards, len(data))
for byte in data[:3]:
    print(byte, chr(byte))
print(111 in data, b'wor' in data, bytearray(b'lo') in data, b'' in data, 300 - 200 in data)
arr = bytearray(b'abc')
print(arr[1], arr[1:], arr[::-1], list(arr), 99 in arr)
print(sorted(b'banana'), max(b'xyz'), sum(b'\x01\x02\x03'), tuple(reversed(b'ab')))
print(list(enumerate(b'hi')), dict(zip(b'ab', b'cd')))
