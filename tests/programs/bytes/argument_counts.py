# bytes and bytearray methods called with the wrong number of arguments: CPython's messages
tests = [lambda: b'a'.lower(1), lambda: b'a'.isdigit(1), lambda: bytearray().reverse(1), lambda: bytearray().append(), lambda: bytearray().copy(1), lambda: bytearray(b'x').upper(2), lambda: b'x'.isascii(1), lambda: bytearray().pop(1, 2), lambda: bytearray().insert(1)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
