# typing's aliases in annotations that run at def time, and the reprs a program prints
from typing import Any, Dict, List, Optional, Set, Tuple, Union


class Node:
    def __init__(self, value: int, next: Optional["Node"] = None) -> None:
        self.value = value
        self.next = next


def total(values: List[int], extra: Dict[str, int]) -> int:
    return sum(values) + sum(extra.values())


def first(pair: Tuple[int, ...]) -> Union[int, None]:
    return pair[0] if pair else None


head = Node(1, Node(2))
print(total([1, 2, 3], {"a": 4}), first((5, 6)), first(()))
print(List[int], Dict[str, List[int]], Set[Any], Tuple[int, ...], Tuple[()])
print(Optional[int], Union[int, str], Union[str, None, int], Optional["Node"])
print(Union[int, int] is int, Optional[int] == Union[None, int], List[int] == List[str])
print(total.__annotations__)
print(List[int].__origin__, Dict[str, int].__args__, Any)
