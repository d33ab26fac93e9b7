# split/rsplit (on whitespace or a separator, with maxsplit), join, strip family, replace, case and classification
line = b'  alpha beta\tgamma\n'
print(line.split(), line.strip(), line.lstrip(), line.rstrip(), b'xxhixx'.strip(b'x'))
print(b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1), b'a b c'.rsplit(maxsplit=1))
print(b', '.join([b'one', b'two', bytearray(b'three')]), b''.join([]), bytearray(b'-').join([b'a', b'b']))
print(b'banana'.replace(b'a', b'o'), b'banana'.replace(b'a', b'', 2), b'ab'.replace(b'', b'-'))
print(b'Hello'.upper(), b'Hello'.lower(), b'Hello'.swapcase(), b'caf\xc3\xa9'.upper())
print(b'123'.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b'ab1'.isalnum(), b' \t'.isspace(), b''.isalpha())
print(b'abc'.islower(), b'ABC'.isupper(), b'aB'.islower(), b'\x80'.isascii(), b'ok'.isascii())
arr = bytearray(b' padded ')
print(arr.strip(), arr.split(), arr.upper(), type(arr.strip()))
