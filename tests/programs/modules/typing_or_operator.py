# `|` on typing's special forms, aliases and type variables: Union objects, as typing.py's __or__
from typing import Any, List, Literal, Optional, Self, TypeVar, Union

T = TypeVar("T")
maybe_self = Self | None
print(maybe_self)
print(maybe_self is Optional[Self])
print(None | Self)
print(int | Self)
print(List[int] | None)
print(None | List[int])
print(T | str)
print(str | T)
print(Literal[1, 2] | None)
print(Optional[int] | str)
print((Self | None).__args__)
print(Union[int, str] | T)
print(int | Any)


class Node:
    def __init__(self, value: int, nxt: "Self | None" = None) -> None:
        self.value = value
        self.nxt = nxt

    def after(self) -> Self | None:
        return self.nxt


head = Node(1, Node(2))
print(head.after().value, head.after().after())
print(Node.after.__annotations__)
