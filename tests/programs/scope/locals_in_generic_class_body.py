# a generic class body's locals() also gets __orig_bases__, stored once the body has run
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    ns = locals()


print("__orig_bases__" in Box.ns, sorted(k for k in Box.ns if k != "__orig_bases__"))
