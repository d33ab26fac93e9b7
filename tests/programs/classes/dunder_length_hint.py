# __length_hint__ runs (after __iter__) in list(), tuple(), extend, [*x], f(*x), sorted() and bytearray.extend
import operator


class Stream:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        print("iter")
        return iter(self.items)

    def __length_hint__(self):
        print("hint")
        return len(self.items)


def show(*args):
    return args


s = Stream([3, 1, 2])
print(list(s))
print(tuple(s))
out = [0]
out.extend(s)
out += s
print(out)
print([*s, 9])
print(show(*s))
print(sorted(s))
buf = bytearray(b"x")
buf.extend(s)
print(buf)
print(operator.length_hint(s))
