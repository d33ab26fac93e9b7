# collections.abc.Sequence is an abstract class: it cannot be called to make a sequence
from collections.abc import Sequence

items = Sequence()
print(len(items))
