# memoryview == compares items with any buffer: bytes, bytearray, another view, an array
import array

view = memoryview(b"abc")
print(view == b"abc", view != b"abc", b"abc" == view, view == b"abd")
print(view == bytearray(b"abc"), view == memoryview(b"abc"), view[1:] == b"bc")
print(view == "abc", view == [97, 98, 99], view == 5)
print(memoryview(array.array("b", [1, 2])) == b"\x01\x02")
print(memoryview(array.array("i", [1, 2])) == array.array("h", [1, 2]))
print(memoryview(array.array("d", [1.0])) == memoryview(array.array("i", [1])))
nan = memoryview(array.array("d", [float("nan")]))
print(nan == nan, view == view)
try:
    view < b"abd"
except TypeError as e:
    print(e)
print(hash(view) == hash(b"abc"), hash(view[::2]) == hash(b"ac"))
for other in (memoryview(bytearray(b"x")), memoryview(array.array("h", [1])).toreadonly()):
    try:
        hash(other)
    except ValueError as e:
        print(e)
try:
    hash(memoryview(bytearray(b"x")).toreadonly())
except TypeError as e:
    print(e)
print({view: 1}[memoryview(b"abc")])
