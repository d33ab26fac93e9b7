# a proxy forwards len, iteration, indexing, membership, str, bool and comparisons to its object
import weakref


class Stack:
    def __init__(self):
        self.items = [1, 2, 3]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __contains__(self, x):
        return x in self.items

    def __str__(self):
        return "Stack" + str(self.items)

    def __eq__(self, other):
        return isinstance(other, Stack) and self.items == other.items

    def __lt__(self, other):
        return len(self.items) < len(other.items)

    def __bool__(self):
        return bool(self.items)


s = Stack()
p = weakref.proxy(s)
print(len(p), list(p), p[0], 2 in p, 9 in p)
p[0] = 10
del p[1]
print(s.items, str(p), bool(p))
t = Stack()
print(p == t, p != t, p == weakref.proxy(t), p < t)
for x in p:
    print(x)
print(repr(p).startswith("<weakproxy at 0x"), repr(p).endswith(" to Stack at " + hex(id(s)) + ">"))
