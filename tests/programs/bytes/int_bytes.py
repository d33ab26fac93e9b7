# int.to_bytes and int.from_bytes: byte order, signed values, and the defaults of Python 3.11
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (255).to_bytes(), (0).to_bytes(0, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-128).to_bytes(1, 'little', signed=True))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print(int.from_bytes([1, 0], byteorder='big'), int.from_bytes(b''), (2**70).to_bytes(9, 'big'))
n = 123456789
print(int.from_bytes(n.to_bytes(8, 'little'), 'little') == n)
for value, size in [(256, 1), (-1, 1)]:
    try:
        value.to_bytes(size, 'big')
    except OverflowError as e:
        print('OverflowError:', e)
