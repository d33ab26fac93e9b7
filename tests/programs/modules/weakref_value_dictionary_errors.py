# a WeakValueDictionary's errors: a missing or dead key, a value no weak reference can name, an unhashable key
import weakref


class Item:
    pass


d = weakref.WeakValueDictionary()
item = Item()
d["a"] = item
for attempt in ["missing", "dead", "del", "int", "list", "popitem", "pop", "get"]:
    try:
        if attempt == "missing":
            d["zz"]
        elif attempt == "dead":
            d["t"] = Item()
            d["t"]
        elif attempt == "del":
            del d["zz"]
        elif attempt == "int":
            d["n"] = 3
        elif attempt == "list":
            d[[]] = item
        elif attempt == "popitem":
            d.clear()
            d.popitem()
        elif attempt == "pop":
            d.pop("a")
        else:
            d.get()
    except (KeyError, TypeError) as e:
        print(attempt, type(e).__name__, e)
try:
    hash(d)
except TypeError as e:
    print(e)
print(type(d), type(weakref.WeakSet()), type(weakref.proxy(item)))
try:
    d()
except TypeError as e:
    print(e)
