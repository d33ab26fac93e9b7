# Reading a StringIO at or past its end gives '' and leaves the position; truncate cuts at it
import io

f = io.StringIO("ab")
f.seek(10)
print(repr(f.read()), f.tell(), repr(f.readline()), f.readlines(), list(f), f.tell())
f.seek(1)
print(f.truncate(), f.tell(), repr(f.getvalue()), f.write("Z"), repr(f.getvalue()))
print(f.truncate(0), repr(f.getvalue()), f.tell())
