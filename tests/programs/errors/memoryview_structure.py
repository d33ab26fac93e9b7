# Assigning a slice of a different length through a view ends in ValueError
buffer = bytearray(b"abcd")
view = memoryview(buffer)
view[0:2] = b"xyz"
