# + and * on bytes and bytearray (result of the left operand's type), comparisons by byte value, hashing
a = b'ab'
b = bytearray(b'cd')
print(a + b, b + a, a * 3, 2 * b, a * 0, a * -1)
print(a == b'ab', a == bytearray(b'ab'), a == 'ab', a != b, b == bytearray(b'cd'))
print(b'a' < b'b', b'ab' < b'abc', b'\xff' > b'\x01', bytearray(b'z') >= b'a', b'' < b'\x00')
print(sorted([b'pear', b'apple', b'fig']), min(b'b', bytearray(b'a')))
print(hash(b'key') == hash(b'key'), hash(b'abc') == hash('abc'))
counts = {b'x': 1, b'y': 2}
counts[b'x'] += 10
print(counts, b'y' in counts, {b'a', b'a', b'b'} == {b'a', b'b'})
print(bool(b''), bool(b'\x00'), bool(bytearray()), not bytearray(b'1'))
