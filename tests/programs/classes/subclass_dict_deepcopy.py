# copy.deepcopy of dict and set subclasses' objects: y[key] = value for a dict, the class called for a set
import copy


class Table(dict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


class Tags(set):
    def __init__(self, items=()):
        print("init", sorted(items))
        super().__init__(items)


t = Table(a=[1], b=2)
t.note = {"x": [0]}
d = copy.deepcopy(t)
print(d, type(d).__name__, d["a"] is t["a"], d.note == t.note, d.note is t.note)
g = Tags([3, 1])
h = copy.deepcopy(g)
print(sorted(h), type(h).__name__, h is g)
