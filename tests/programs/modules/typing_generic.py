# A generic Stack[T] class: TypeVar, Generic[T] as a base, Stack[int]() and its errors
from typing import Generic, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound="Stack")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None


ints = Stack[int]()
ints.push(1)
ints.push(2)
plain = Stack()
plain.push("a")
print(ints.pop(), ints.items, plain.items, T, K, K.__bound__)
print(Stack[int], Stack.__parameters__, isinstance(ints, Stack), ints.__orig_class__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)


class Pair(Generic[T], Stack[T]):
    pass


pair = Pair[str]()
pair.push("x")
print(Pair.__bases__, Pair.__parameters__, pair.items, Pair[str] is Pair[str])
