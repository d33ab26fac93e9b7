# subjects of every kind: defaultdict and Counter as mappings, range and deque as sequences, str/bytes/set not
from collections import defaultdict, Counter, deque
match (1, 2, 3):
    case [b, a] | (a, b, _):
        print(a, b)
d = defaultdict(list)
d["x"] = 1
match d:
    case {"y": v}:
        print("y", v)
    case {"x": v, **rest}:
        print("x", v, rest, len(d))
c = Counter("abca")
match c:
    case {"a": 2, **others}:
        print(others)
for s in [range(3), deque([1, 2]), "ab", b"ab", bytearray(b"x"), {1, 2}]:
    match s:
        case [x, *_]:
            print("seq", x)
        case _:
            print("not a seq", type(s).__name__)
match = [5]
print(match[0])
match[0] = 6
case = match
print(case)
def mk(x):
    match x:
        case [a]:
            return lambda: a
print(mk([7])())
class C:
    def __init__(self):
        self.v = 1
    @property
    def bad(self):
        raise AttributeError("no")
match C():
    case C(bad=1):
        print("bad")
    case C(missing=2):
        print("missing")
    case C(v=1):
        print("v")
class Eq:
    def __eq__(self, other):
        print("eq called with", other)
        return True
class K:
    E = Eq()
match 3:
    case K.E:
        print("matched Eq")
match {}:
    case {**rest}:
        print("rest", rest)
match {"a": 1}:
    case {}:
        print("empty pattern matches")
g = 0
def setg(v):
    global g
    match v:
        case g:
            pass
setg(9)
print(g)
