# hex() with a separator groups bytes from the right (or from the left for a negative count)
data = b"\x01\x02\x03\x04\x05"
print(data.hex(), data.hex(":"), data.hex(" ", 2), data.hex("-", -2), data.hex(b"_", 3))
print(bytearray(data).hex(sep="."), data.hex(":", bytes_per_sep=4), data.hex(":", 0))
print(memoryview(data)[1:].hex("|", 2), b"".hex(":"), b"\xff".hex(":", 5))
for sep, group in (("::", 1), ("é", 1), (5, 1), ([":"], 1), (":", "2")):
    try:
        data.hex(sep, group)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
