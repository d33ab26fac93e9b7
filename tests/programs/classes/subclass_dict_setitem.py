# a dict subclass overriding __setitem__: d[k] = v calls it; update, setdefault and dict() do not
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


d = Upper({"a": 1})
d["b"] = 2
d.update(c=3)
d.setdefault("e", 5)
print(d)
e = Upper(x=1, y=2)
e["z"] = 3
print(e, len(e), e.pop("x"), e)
