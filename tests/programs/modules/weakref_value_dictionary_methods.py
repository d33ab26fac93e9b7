# a WeakValueDictionary's mapping methods; a dead value's entry is gone, and set again it goes to the end
import weakref


class Item:
    def __init__(self, n):
        self.n = n


x, y, z = Item(1), Item(2), Item(3)
d = weakref.WeakValueDictionary({"x": x}, y=y)
d.update([("z", z)])
print([k for k in d], [v.n for v in d.values()], [(k, v.n) for k, v in d.items()])
print(d["x"] is x, d.setdefault("x", z) is x, d.setdefault("w", z) is z)
print(d.pop("w") is z, d.pop("w", "none"), len(d))
print(d == {"x": x, "y": y, "z": z}, d == d.copy(), d != {}, d.copy() is d)
print(weakref.getweakrefcount(x))
del x
y = Item(5)
d["x"] = y
print(list(d), d.get("y", "gone"))
key, value = d.popitem()
print(key, value.n, len(d))
d.clear()
print(len(d), repr(d).startswith("<WeakValueDictionary at 0x"))
