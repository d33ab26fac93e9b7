# cast() reads the same bytes as another native format; one side must be a byte format
raw = bytearray(b"\x01\x00\x02\x00\x03\x00\x04\x00")
shorts = memoryview(raw).cast("h")
print(shorts.tolist(), shorts.format, shorts.itemsize, len(shorts))
ints = memoryview(raw).cast("i")
print(ints.tolist(), ints.nbytes)
shorts[0] = 258
print(raw)
back = ints.cast("B")
print(back.tolist())
chars = memoryview(b"hi!").cast("c")
print(chars[0], chars.tolist())
print(memoryview(b"\x00\x00\x80\x3f").cast("f")[0])
print(memoryview(b"\x01\x00").cast("?").tolist())
for fmt in ("h", "x", "hh", "@B"):
    try:
        print(fmt, memoryview(b"abc").cast(fmt).tolist())
    except (TypeError, ValueError) as e:
        print(fmt, type(e).__name__, e)
try:
    ints.cast("h")
except TypeError as e:
    print(e)
try:
    memoryview(b"abcd")[::2].cast("B")
except TypeError as e:
    print(e)
try:
    memoryview(b"ab").cast(1)
except TypeError as e:
    print(e)
