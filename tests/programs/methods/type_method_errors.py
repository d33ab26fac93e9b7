# a method read from its type checks its self argument with CPython's messages
it = iter([1])
next(it)
calls = [lambda: str.center(5, 3), lambda: list.append(), lambda: str.center(),
         lambda: list.__len__(3), lambda: list.__len__(), lambda: list.__getitem__([1]),
         lambda: [].__setitem__(1), lambda: str.upper("a", 1), lambda: it.__next__(),
         lambda: dict.get(a=1), lambda: [].__len__(a=1), lambda: list.__getitem__(3, 1),
         lambda: {}.__contains__(), lambda: "ab".__getitem__(), lambda: "ab".__getitem__(5),
         lambda: dict.__getitem__({}, 3), lambda: int.bit_length(2.0), lambda: "a".__contains__(1)]
for call in calls:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
print(repr(int.__add__) if hasattr(int, "__add__") else "")
