# namedtuple(rename=True) replaces each bad or repeated field name with _ and its position; module= sets the class's __module__; the argument errors of a Python function
from collections import namedtuple

Row = namedtuple("Row", ["id", "class", "_hidden", "id", "2nd", "total"], rename=True)
print(Row._fields)
print(Row(1, 2, 3, 4, 5, 6))
Plain = namedtuple("Plain", "x, def", rename=1)
print(Plain._fields, Plain(x=1, _1=2))
Shape = namedtuple("Shape", "kind sides", module="geometry")
print(Shape, Shape.__module__, Shape("square", 4))
Kept = namedtuple("Kept", "a b", rename=False, module=None)
print(Kept, Kept.__module__)
attempts = [
    lambda: namedtuple("A", "x", "y"),
    lambda: namedtuple("A", typename="B"),
    lambda: namedtuple("A", "x", field_names="y"),
    lambda: namedtuple(),
    lambda: namedtuple("A"),
    lambda: namedtuple(field_names="x"),
    lambda: namedtuple("class", "x", rename=True),
    lambda: namedtuple("A", "x _y"),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(namedtuple(typename="K", field_names="v")(7))
