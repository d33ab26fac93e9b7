# io.StringIO: write returns the count, getvalue, seek/tell, read, readline and readlines
import io

buf = io.StringIO()
n = buf.write("first line\n")
m = buf.write("second\nthird")
print(n, m, buf.tell())
text = buf.getvalue()
print(repr(text))
buf.seek(0)
head = buf.read(5)
rest_of_line = buf.readline()
others = buf.readlines()
print(repr(head), repr(rest_of_line), others, buf.tell())
print(repr(buf.read()), repr(buf.readline()))
