# dict() and dict.update() take pairs from any iterable and refuse elements that are not pairs with the same errors
d = dict([("a", 1), ["b", 2]])
d.update([("c", 3)], e=5)
print(d)
for bad in ([1], [(1, 2, 3)], ["xy", "z"]):
    try:
        d.update(bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
    try:
        dict(bad)
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)
print(d)
