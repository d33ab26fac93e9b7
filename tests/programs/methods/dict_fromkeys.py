# dict.fromkeys maps every key to the one value object it was given
shared = []
d = dict.fromkeys(["a", "b"], shared)
d["a"].append(1)
print(d, d["a"] is d["b"])
e = {}.fromkeys("xy")
f = dict.fromkeys(range(3), 0)
print(e, f)
for call in [lambda: dict.fromkeys(), lambda: dict.fromkeys(1), lambda: dict.fromkeys([[]]),
             lambda: dict.fromkeys([1], 2, 3), lambda: dict.fromkeys([1], v=2)]:
    try:
        print(call())
    except TypeError as err:
        print(repr(str(err)))
