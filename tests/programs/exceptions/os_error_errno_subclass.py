# OSError(errno, ...) makes the subclass that errno names, as CPython's OSError.__new__ does
for number in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5]:
    err = OSError(number, "message")
    print(number, type(err).__name__, isinstance(err, OSError))
print(type(OSError(True, "a bool is an int")).__name__)
print(type(OSError(2.0, "a float is not")).__name__)
print(type(OSError(2)).__name__)
print(type(FileExistsError(2, "a subclass keeps itself")).__name__)
