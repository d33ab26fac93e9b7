# __missing__ on a dict subclass: d[k] calls it for a missing key, get() and `in` do not
class Defaulting(dict):
    def __missing__(self, key):
        value = len(key)
        self[key] = value
        return value


d = Defaulting(a=1)
print(d["a"], d["abc"], d)
print(d.get("zz"), "zz" in d, d.get("abc"))
d["q"] += 5
print(d)
