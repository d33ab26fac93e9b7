# A subclass of a namedtuple class with defaults, its own __init__, a subclass of it, and the namedtuple's methods read from the class
from collections import namedtuple
P = namedtuple("P", "x y", defaults=[0])
class Q(P):
    """A Q."""
    def __init__(self, *args, **kwargs):
        self.tag = "q"
class R(Q):
    pass
p = P(1)
q = Q(1, 2)
r = R(5)
print(q, r, r.tag, vars(r), R.__doc__, Q.__doc__, Q, Q.__bases__, R.__mro__, Q.__base__)
print(q + (1,), q * 2, tuple(q), type(q) is Q, q._fields, q.__class__.__name__, str(q))
for a, b in [q, r]:
    print(a, b)
print(R._field_defaults, R._make([3, 4]), type(R._make([3, 4])).__name__)
print(P._replace(p, x=9), P._asdict(p))
print(Q._replace(q, x=9), Q._asdict(q), repr(Q.__repr__(q)))
