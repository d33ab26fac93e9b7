# Writes through a view of a bytearray are writes to the bytearray: one memory, two names
buffer = bytearray(b"hello world")
view = memoryview(buffer)
view[0] = ord("H")
print(buffer)
view[6:11] = b"WORLD"
print(buffer)
view[::2] = b"......"
print(buffer)
buffer[1] = ord("!")
print(view[1], view.tobytes())
other = memoryview(bytearray(b"12345"))
view[0:5] = other
print(buffer)
view[1:] = view[:-1]
print(buffer)
