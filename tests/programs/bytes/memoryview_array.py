# A memoryview of an array.array reads and writes its items by the array's typecode
import array

numbers = array.array("i", [10, 20, 30, 40])
view = memoryview(numbers)
print(len(view), view.format, view.itemsize, view.nbytes, view.strides)
print(view[1], view[-1], view.tolist())
view[2] = -7
print(numbers)
view[0:2] = memoryview(array.array("i", [1, 2]))
print(numbers)
floats = memoryview(array.array("d", [0.5, 1.25]))
print(floats[0], floats.tolist(), floats.format)
signed = memoryview(array.array("b", [127, -128]))
print(list(signed))
unsigned = memoryview(array.array("H", [65535, 1]))
print(list(unsigned), unsigned[::-1].tolist())
print(view.obj is numbers, view.readonly)
try:
    view[0] = 2**40
except ValueError as e:
    print(e)
try:
    view[0] = 1.5
except TypeError as e:
    print(e)
try:
    numbers.append(5)
except BufferError as e:
    print(e)
view.release()
numbers.append(5)
print(numbers)
