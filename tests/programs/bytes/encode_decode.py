# str.encode and bytes.decode with utf-8, ascii and latin-1, the errors 'ignore' and 'replace', and hex/fromhex
word = 'naïve ☃'
utf8 = word.encode()
print(utf8, len(word), len(utf8), utf8.decode('utf-8'), utf8.decode('UTF8') == word)
print(word.encode('ascii', 'ignore'), word.encode('ascii', errors='replace'), word.encode('latin-1', 'replace'))
print('café'.encode('latin-1'), b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('utf-8', 'replace'))
print(b'\xff\xfeok'.decode('ascii', 'ignore'), b'abc\xe2\x82'.decode('utf-8', 'replace'))
print(b'\x00\xab\xff'.hex(), bytes.fromhex('de ad BE EF'), bytearray.fromhex('0102'), bytes.fromhex(''))
print(b'ab'.decode(), bytearray(b'\xc3\xa9').decode(), str(b'raw', 'ascii') if False else 'skip')
