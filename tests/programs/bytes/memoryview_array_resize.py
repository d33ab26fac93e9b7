# An array.array viewed by a memoryview keeps its size: every resize is a BufferError
import array

numbers = array.array("h", [1, 2, 3])
view = memoryview(numbers)
changes = {
    "append": lambda: numbers.append(4),
    "extend": lambda: numbers.extend([4, 5]),
    "extend array": lambda: numbers.extend(array.array("h", [4])),
    "insert": lambda: numbers.insert(0, 9),
    "pop": lambda: numbers.pop(),
    "remove": lambda: numbers.remove(2),
    "frombytes": lambda: numbers.frombytes(b"\x00\x00"),
    "fromlist": lambda: numbers.fromlist([7]),
    "del": lambda: numbers.__delitem__(0),
    "slice": lambda: numbers.__setitem__(slice(0, 1), array.array("h", [5, 6])),
    "iadd": lambda: numbers.__iadd__(array.array("h", [1])),
    "imul": lambda: numbers.__imul__(2),
}
for name, change in changes.items():
    try:
        change()
        print(name, "changed", numbers)
    except BufferError as e:
        print(name, e)
numbers[0:1] = array.array("h", [8])
numbers.extend([])
numbers *= 1
print(numbers, view.tolist())
with view:
    pass
numbers.frombytes(memoryview(b"\x05\x00"))
print(numbers)
