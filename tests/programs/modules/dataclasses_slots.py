# @dataclass(slots=True) makes the class again with __slots__ of its fields: the fields are slots (no __dict__), their defaults live in __init__
from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0

    def moved(self, dx):
        return Point(self.x + dx, self.y)


@dataclass(slots=True, order=True)
class Tagged:
    name: str
    tags: list = field(default_factory=list)


p = Point(1, 2)
q = p.moved(3)
print(p, q, p == Point(1, 2), Point.__slots__)
p.x = 10
print(p.x, hasattr(p, "__dict__"), [f.name for f in fields(Point)])
t = Tagged("a")
t.tags.append("new")
print(t, Tagged("a") < Tagged("b"), Tagged.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
