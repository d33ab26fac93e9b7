# center/ljust/rjust/zfill with a one-byte fill, and splitlines on \n, \r and \r\n
data = b'ab'
print(data.center(6), data.center(5, b'*'), b'abc'.center(6), data.ljust(4, b'.'), data.rjust(5))
print(b'-5'.zfill(4), b'+x'.zfill(5), b'7'.zfill(3), data.center(1) is data, data.zfill(2) is data)
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\n'.splitlines(True), b''.splitlines(), bytearray(b'x\ny').splitlines())
print(bytearray(b'hi').center(6, b'-'), bytearray(b'hi').zfill(2))
try:
    data.center(5, 'x')
except TypeError as e:
    print(e)
try:
    data.ljust(5, b'xy')
except TypeError as e:
    print(e)
