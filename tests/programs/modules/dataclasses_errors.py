# the errors dataclasses raises: a mutable default, a non-default field after a default one, bad calls
from dataclasses import dataclass, field

try:
    @dataclass
    class Bag:
        items: list = []
except ValueError as err:
    print(err)

try:
    @dataclass
    class Pair:
        a: int = 1
        b: int
except TypeError as err:
    print(err)

try:
    field(default=1, default_factory=list)
except ValueError as err:
    print(err)


@dataclass
class P:
    x: int
    y: int


for args, kwargs in [((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {"x": 2}), ((1, 2), {"z": 0})]:
    try:
        P(*args, **kwargs)
    except TypeError as err:
        print(err)
