# int() and float() read ASCII digits from a bytes or bytearray, with or without a base
print(int(b'0101', 2), int(b' 42 '), int(bytearray(b'ff'), 16), int(b'0x1f', 0), float(b'1.5'))
for bad in [b'xyz', bytearray(b'9z'), b'\xd9\xa1']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float(bytearray(b'1.2.3'))
except ValueError as e:
    print(e)
