# unsupported: reversed line 3
buf = bytearray(b'abc')
for byte in reversed(buf):
    print(byte)
