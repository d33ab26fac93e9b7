# slice objects made by name: start/stop/step are the objects given, indices(), used to index, assign and delete, compared as tuples, unhashable; Ellipsis is ...
s = slice(1, 5, 2)
e = slice(3)
data = list(range(10))
print(s, e, data[s], data[e], s.start, s.stop, s.step, e.start)
print(s.indices(4), slice(None, None, -1).indices(5), slice(-20, 20).indices(7))
print(s == slice(1, 5, 2), s != e, slice(1, 2) < slice(1, 3), Ellipsis, ... is Ellipsis, type(s).__name__)
words = "abcdefgh"
print(words[slice(2, None)], words[slice(None, None, 3)], isinstance(s, slice))
try:
    hash(s)
except TypeError as error:
    print(error)
for bad in [lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(stop=3), lambda: s.indices(-1),
            lambda: slice(0, 5, 0).indices(3), lambda: slice("a").indices(3), lambda: s.indices("x")]:
    try:
        bad()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)


class Position:
    def __index__(self):
        return 2


class Window:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("item", key)


big = 10 ** 3
cut = slice(Position(), big)
print(data[cut], cut.stop is big, Window()[1:2], Window()[cut] [0], Window()[...])
data[slice(0, 3)] = ["a", "b"]
del data[slice(None, None, 2)]
print(data, slice(1, 2) == slice(1, 2.0), slice(1, 2) == (1, 2, None))
