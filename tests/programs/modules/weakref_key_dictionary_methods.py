# a WeakKeyDictionary's mapping methods and errors; keys are compared as the objects they refer to
import weakref


class Key:
    def __init__(self, n):
        self.n = n


a, b = Key(1), Key(2)
d = weakref.WeakKeyDictionary({a: "a"})
d.update({b: "b"})
print(len(d), d.setdefault(a, "x"), d.setdefault(Key(3), "gone"))
print(len(d))
print(d.pop(b), d.pop(b, "none"), d.get(b, "none"), len(d))
c = d.copy()
print(len(c), c[a], c is d, weakref.getweakrefcount(a))
key, value = d.popitem()
print(key is a, value, len(d))
d[b] = "again"
del d[b]
c.clear()
print(len(d), len(c), repr(d).startswith("<WeakKeyDictionary at 0x"))
for attempt in ["int key", "hash", "list in"]:
    try:
        if attempt == "int key":
            d[1] = "one"
        elif attempt == "hash":
            hash(d)
        else:
            print([] in d)
    except (TypeError, KeyError) as e:
        print(attempt, type(e).__name__)
