# io.StringIO("text") starts at position 0: writing overwrites, seeking past the end pads
from io import StringIO

f = StringIO("hello world")
print(f.tell(), f.write("HELLO"), f.getvalue())
print(f.seek(0, 2), f.tell())
f.seek(14)
f.write("!")
print(repr(f.getvalue()))
print(f.readable(), f.writable(), f.seekable(), f.closed)
print(f.truncate(5), repr(f.getvalue()))
