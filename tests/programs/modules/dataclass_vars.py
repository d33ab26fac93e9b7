# vars() of dataclass instances, frozen ones too (their __dict__ is not frozen)
from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    x: int
    y: int


@dataclass
class Q:
    a: int
    b: list


p = P(1, 2)
d = vars(p)
print(d)
d["x"] = 5
print(p)
q = Q(1, [2])
print(vars(q))
print(q.__dict__ == {"a": 1, "b": [2]})
