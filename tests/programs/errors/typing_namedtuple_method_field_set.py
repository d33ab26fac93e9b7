# The fields of a typing.NamedTuple object cannot be assigned, even from a method
from typing import NamedTuple


class Counter(NamedTuple):
    count: int = 0

    def increment(self):
        self.count += 1


c = Counter()
c.increment()
