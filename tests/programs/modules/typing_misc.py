# typing's other run-time names: cast, TYPE_CHECKING, Callable, Literal, ClassVar, Final, Iterator
from typing import TYPE_CHECKING, Callable, ClassVar, Final, Iterator, Literal, cast

if TYPE_CHECKING:
    print("never")

MAX: Final = 10
Mode = Literal["encrypt", "decrypt"]


class Counter:
    count: ClassVar[int] = 0


def run(f: Callable[[int], int], mode: Mode) -> Iterator[int]:
    yield f(MAX) if mode == "encrypt" else -1


value = cast(int, "not really an int")
print(value, list(run(lambda n: n * 2, "encrypt")), Counter.count)
print(Mode, Callable[[int], int], Callable[..., str], ClassVar[int], Final[str])
print(Literal[1, 1, 2] == Literal[1, 2])
