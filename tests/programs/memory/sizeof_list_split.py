# str.split and rsplit allocate 12 slots up front (or maxsplit + 1) and keep them when fewer
# parts come; the 13th part is appended. splitlines appends every line to an empty list.
import sys

words = "to be or not to be".split()
print(len(words), sys.getsizeof(words))
many = "a b c d e f g h i j k l m n".split()
print(len(many), sys.getsizeof(many))
print(sys.getsizeof("2026-12-06".split("-")), sys.getsizeof("2026-12-06".rsplit("-", 1)))
print(sys.getsizeof("key=value".split("=", maxsplit=1)))
print(sys.getsizeof("".split()), sys.getsizeof("".split(",")), sys.getsizeof("ab".split("abc")))
lines = "first\nsecond\nthird\n".splitlines()
print(len(lines), sys.getsizeof(lines))
lines.append("fourth")
print(sys.getsizeof(lines))
words.append("that")
print(sys.getsizeof(words))
print(sys.getsizeof(b"a b c".split()), sys.getsizeof(b"a\nb".splitlines()))
pair = "left right".split()
pair.append("up")
print(sys.getsizeof(pair))
pair.insert(0, "down")
print(sys.getsizeof(pair))
