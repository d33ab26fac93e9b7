# wrong arguments to builtin methods are caught with CPython's exact messages
calls = [
    lambda: "abc".find(),
    lambda: "abc".find("a", "x"),
    lambda: "abc".upper(x=1),
    lambda: {}.get(k=1),
    lambda: {}.get(),
    lambda: "abc".join(),
    lambda: "abc".upper(1),
    lambda: [1, 2].index(2, None),
    lambda: (1, 2).index(1, 0, "9"),
    lambda: b"abc".startswith(b"a", 0, 1.5),
    lambda: [3, 1].sort(1),
    lambda: "a b".split(" ", 1, 2),
    lambda: list.index([1], x=1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
