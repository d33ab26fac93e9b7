# A memoryview of bytes: its length, its items as ints, negative indexes, iteration and `in`
data = b"memory"
view = memoryview(data)
print(len(view), view[0], view[-1])
print(list(view))
total = 0
for byte in view:
    total += byte
print(total)
print(109 in view, 200 in view)
print(view.obj is data, view.readonly, view.format, view.itemsize)
print(view.nbytes, view.ndim, view.shape, view.strides, view.suboffsets)
print(view.c_contiguous, view.f_contiguous, view.contiguous)
print(view.tobytes(), view.tolist())
print(view.hex(), view[::2].hex())
print(type(view).__name__, isinstance(view, memoryview))
