# copy.copy of a dict subclass sets each pair through __setitem__
import copy


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


class Plain(dict):
    pass


u = Upper(a=1)
u.note = "kept"
v = copy.copy(u)
print(type(v).__name__, v, v.note)
p = Plain(x=[1])
q = copy.copy(p)
print(q, q is p, q["x"] is p["x"])
