# Growing a bytearray while a memoryview of it is alive ends in BufferError
buffer = bytearray(b"abc")
view = memoryview(buffer)
buffer.append(100)
