# methods read from their type and called with self first
print(str.center("a", 5) + "|", list.__len__([1, 2]), int.bit_length(True))
xs = [3, 1]
list.append(xs, 2)
print(xs, dict.get({1: 2}, 1), sorted(["b", "A", "c"], key=str.lower))
f = str.upper
g = str.upper
print(f is g, f("x"), repr(f), repr(list.__len__), repr(bool.bit_length), type(f).__name__)
print(list(map(str.strip, [" a ", "b "])))
d = {1: "one"}
print(d.__getitem__(1), d.__contains__(2), len.__name__, [5, 6].__getitem__(-1), "abc".__len__())
d.__setitem__(2, "two")
xs.__setitem__(0, 9)
xs.__delitem__(1)
print(d, xs, (1, 2).__contains__(2), range(4).__getitem__(2), "ab".__getitem__(1))
it = iter([1, 2])
print(it.__next__(), it.__iter__() is it, next(it))
