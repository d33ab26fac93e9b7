# calling typing's aliases: typing.Deque(), typing.Counter() and their kin make the collection, an abstract one (typing.Iterable[int](), Sequence()) is CPython's TypeError, as calling collections.abc's classes is
import typing
from collections.abc import Iterable, MutableSequence

calls = [
    lambda: typing.Iterable[int](),
    lambda: typing.Sequence(),
    lambda: typing.Callable(),
    lambda: typing.Hashable(),
    lambda: typing.Deque(),
    lambda: typing.Counter("hello"),
    lambda: typing.DefaultDict(list),
    lambda: typing.OrderedDict(a=1),
    lambda: typing.Deque[int]([1, 2], 3),
    lambda: typing.List[int]([1]),
    lambda: typing.MutableMapping[str, int](),
    lambda: Iterable(),
    lambda: MutableSequence(),
    lambda: Iterable([1]),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
