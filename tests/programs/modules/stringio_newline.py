# io.StringIO(newline=...)
import io

# newline="" keeps the text as written and ends lines at "\r\n", "\r" or "\n".
kept = io.StringIO("a\r\nb\rc\nd", newline="")
print(kept.readlines())
print(repr(kept.getvalue()))

# newline=None turns every line end written into "\n".
plain = io.StringIO(newline=None)
print(plain.write("x\r\ny\r"), plain.write("z\n"))
print(repr(plain.getvalue()))

# "\r" and "\r\n" write each "\n" as themselves, and lines end there.
for end in ["\r", "\r\n"]:
    f = io.StringIO("one\ntwo\r\n", end)
    print(repr(f.getvalue()), [line for line in f])

cut = io.StringIO("p\r\nq", newline="")
print(repr(cut.readline(2)), repr(cut.readline()), repr(cut.readline()))
