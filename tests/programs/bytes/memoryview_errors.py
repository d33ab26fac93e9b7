# The errors memoryview raises, caught: read-only memory, bad keys, bad values, bad arguments
view = memoryview(b"abc")
attempts = [
    lambda: view.__setitem__(0, 1),
    lambda: view.__setitem__(slice(0, 2), b"xy"),
    lambda: view.__delitem__(0),
    lambda: view[3],
    lambda: view[-4],
    lambda: view["a"],
    lambda: memoryview("text"),
    lambda: memoryview(5),
    lambda: memoryview(),
    lambda: view + b"",
    lambda: memoryview(bytearray(2)).__setitem__(0, 256),
    lambda: memoryview(bytearray(2)).__setitem__(0, "a"),
    lambda: memoryview(bytearray(2)).__setitem__(slice(0, 2), b"abc"),
    lambda: memoryview(bytearray(2)).__setitem__(slice(0, 2), 5),
    lambda: memoryview(bytearray(2)).__delitem__(0),
    lambda: view.tobytes("X"),
    lambda: view.noexist,
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
