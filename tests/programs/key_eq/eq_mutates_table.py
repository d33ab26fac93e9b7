# __eq__ that grows the dict or set it is compared in, past a resize: CPython starts the
# lookup over (the second "eq" line), and memstep too.
class K:
    def __init__(self, v, d=None):
        self.v = v
        self.d = d

    def __eq__(self, other):
        print("eq", self.v, other.v)
        if self.d is not None and len(self.d) < 12:
            for i in range(10):
                self.d[100 + i] = i
        return self.v == other.v

    def __hash__(self):
        return 7


d = {}
d[K(1, d)] = "one"
print(K(1) in d)
print(len(d))
s = set()
class S:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("seq", self.v, other.v)
        if len(s) < 8:
            for i in range(20):
                s.add(100 + i)
        return self.v == other.v
    def __hash__(self):
        return 3
s.add(S(1))
print(S(1) in s, len(s))
print(S(2) in s)
