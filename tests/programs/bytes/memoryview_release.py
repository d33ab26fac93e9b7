# release() and the with statement end a view; a released view refuses every operation
view = memoryview(b"abc")
print(repr(view).startswith("<memory at 0x"))
view.release()
view.release()
print(repr(view).startswith("<released memory at 0x"))
for attempt in ("len", "index", "obj", "tobytes", "readonly", "tolist", "copy"):
    try:
        if attempt == "len":
            len(view)
        elif attempt == "index":
            view[0]
        elif attempt == "obj":
            view.obj
        elif attempt == "tobytes":
            view.tobytes()
        elif attempt == "readonly":
            view.readonly
        elif attempt == "tolist":
            view.tolist()
        else:
            memoryview(view)
    except ValueError as e:
        print(attempt, e)
with memoryview(bytearray(b"xyz")) as inside:
    print(inside.tobytes(), inside.readonly)
try:
    inside[0]
except ValueError as e:
    print("after with:", e)
print(view == view, view == memoryview(b"abc"))
