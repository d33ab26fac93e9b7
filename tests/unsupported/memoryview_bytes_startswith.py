# unsupported: startswith line 3
view = memoryview(b"ab")
print(b"abc".startswith(view))
