# A bytearray with a live memoryview cannot change size; released, it can again
buffer = bytearray(b"abc")
view = memoryview(buffer)
for change in ("append", "extend", "pop", "clear", "iadd", "del", "slice"):
    try:
        if change == "append":
            buffer.append(100)
        elif change == "extend":
            buffer.extend(b"de")
        elif change == "pop":
            buffer.pop()
        elif change == "clear":
            buffer.clear()
        elif change == "iadd":
            buffer += b"x"
        elif change == "del":
            del buffer[0]
        else:
            buffer[0:1] = b"xy"
    except BufferError as e:
        print(change, type(e).__name__, e)
buffer[0:1] = b"A"
buffer += b""
print(buffer)
view.release()
buffer.append(100)
print(buffer)
with memoryview(buffer) as held:
    try:
        buffer.insert(0, 1)
    except BufferError as e:
        print("insert", e)
buffer.insert(0, 33)
print(buffer)
