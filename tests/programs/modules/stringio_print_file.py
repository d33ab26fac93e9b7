# print(..., file=f) writes into a StringIO; `with` closes it; the text is read before that
import io

with io.StringIO() as out:
    print("total:", 3 + 4, file=out)
    print("a", "b", sep="-", end="!\n", file=out)
    report = out.getvalue()
    print(out.closed)
print(out.closed)
print(report, end="")
print(type(out).__name__, isinstance(out, io.StringIO))
print(repr(out).startswith("<_io.StringIO object at 0x"))
