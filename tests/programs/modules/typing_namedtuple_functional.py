# typing.NamedTuple('Point', [('x', int), ('y', int)]) and NamedTuple('Point', x=int, y=int) make the same namedtuple class as the class syntax, with CPython's errors for fields that are not (name, type) pairs
from typing import NamedTuple, Optional

Point = NamedTuple("Point", [("x", int), ("y", int)])
p = Point(3, y=4)
print(p, p.x + p.y, Point._fields, Point.__name__, Point.__module__)
Pair = NamedTuple("Pair", (["left", "Point"], ["right", Optional[Point]]))
print(Pair(p, None), Pair._fields)
Size = NamedTuple("Size", width=float, height=float)
print(Size(2.5, 4.0)._replace(height=1.0), Size._field_defaults)
Empty = NamedTuple("Empty", [])
print(Empty(), len(Empty()))
attempts = [
    lambda: NamedTuple("Bad", [("x", int)], y=int),
    lambda: NamedTuple("Bad", [("x", 3)]),
    lambda: NamedTuple("Bad", [("x", int, 0)]),
    lambda: NamedTuple("Bad", [("x",)]),
    lambda: NamedTuple("Bad", [5]),
    lambda: NamedTuple("Bad", [("class", int)]),
    lambda: NamedTuple("Bad", [(1, int)]),
    lambda: NamedTuple(),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
