# Using a memoryview after release() ends in ValueError
view = memoryview(bytearray(b"abc"))
view.release()
print(view[0])
