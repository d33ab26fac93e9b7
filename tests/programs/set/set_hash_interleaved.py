# {*x} and set(x) hash each item as soon as __next__ gives it; a plain display hashes after all items
class Key:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        print("hash", self.n)
        return self.n

    def __eq__(self, other):
        return self.n == other.n


class Stream:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == self.n:
            raise StopIteration
        self.i += 1
        print("next", self.i)
        return Key(self.i)


def key(n):
    print("make", n)
    return Key(n)


print(len({*Stream(2)}))
print(len({key(7), *Stream(2), key(8)}))
print(len({key(5), key(6)}))
print(len(set(Stream(2))))
print(len(frozenset(Stream(2))))
s = set()
s.update(Stream(2))
print(len(s.union(Stream(3))))
