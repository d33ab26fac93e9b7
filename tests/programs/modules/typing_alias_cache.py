# typing's aliases are cached: equal subscriptions give the same object (List[int] is List[int])
from typing import Callable, Dict, List, Literal, Optional, Tuple, TypeVar, Generic

T = TypeVar("T")


class Box(Generic[T]):
    pass


class Record:
    names: List[str]
    scores: List[str]
    lookup: Dict[str, Optional["Record"]]
    other: Dict[str, Optional["Record"]]


first = List[int]
second = List[int]
pair = (Tuple[int, ...], Tuple[int, ...])
funcs = [Callable[[int], str], Callable[[int], str]]
print(first is second, pair[0] is pair[1], funcs[0] is funcs[1], Box[int] is Box[int])
print(Literal[1] is Literal[1], Literal[1] is Literal[True], Optional[int] is Optional[int])
print(Record.__annotations__["names"] is Record.__annotations__["scores"])
