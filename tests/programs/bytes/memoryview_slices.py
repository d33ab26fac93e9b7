# Slicing a memoryview makes a new view of the same bytes, with steps and negative bounds
data = bytearray(b"abcdefgh")
view = memoryview(data)
middle = view[2:6]
print(middle.tobytes(), len(middle), middle is view, middle.obj is data)
evens = view[::2]
print(evens.tobytes(), evens.strides, evens.c_contiguous)
back = view[::-1]
print(back.tobytes(), back.strides)
inner = middle[1:-1]
print(inner.tobytes(), inner[0], inner[-1])
print(view[5:2].tobytes(), len(view[5:2]))
middle[0] = 90
print(data)
back[0] = 72
print(data)
print(bytes(evens), bytearray(back))
