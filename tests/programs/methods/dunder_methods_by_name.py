# container dunders called by name do what the operators do
d = {1: "one"}
d.__setitem__(2, "two")
print(d.__getitem__(1), d.__contains__(2), d.__len__())
d.__delitem__(1)
xs = [5, 6, 7]
xs.__setitem__(0, 9)
xs.__delitem__(1)
print(d, xs, xs.__getitem__(-1), (1, 2).__contains__(2), range(4).__getitem__(2))
s = {1, 2}
print(s.__contains__(1), s.__len__(), frozenset().__len__(), "ab".__getitem__(1))
it = xs.__iter__()
print(it.__next__(), it.__iter__() is it, next(it))
getter = d.__getitem__
print(getter(2), type(getter).__name__, type(xs.__len__).__name__)
