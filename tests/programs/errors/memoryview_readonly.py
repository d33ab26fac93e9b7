# Writing through a view of bytes: bytes are immutable, so the view is read-only
data = b"abc"
view = memoryview(data)
view[0] = 65
