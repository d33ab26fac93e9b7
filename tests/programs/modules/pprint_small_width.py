# pprint with a small width wraps even short lists and tuples; a one-item tuple keeps its comma
import pprint

data = [(1, 2), (3, 4), ("five", "six"), (7,)]
pprint.pprint(data, width=10)
pprint.pprint(data, width=20)
pprint.pprint((("x",),), width=5)
pprint.pprint({"a": [1, 2, 3], "b": (4, 5)}, width=12)
