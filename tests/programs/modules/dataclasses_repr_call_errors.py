# calling a dataclass's __repr__ and the function it wraps wrongly gives CPython's TypeErrors
from dataclasses import dataclass


@dataclass
class P:
    x: int


calls = [
    lambda: P.__repr__(),
    lambda: P.__repr__(P(1), 2),
    lambda: P.__repr__(P(1), x=2),
    lambda: P.__repr__(P(1), self=P(2)),
    lambda: P.__repr__.__wrapped__(),
    lambda: P.__repr__.__wrapped__(P(1), 3),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
