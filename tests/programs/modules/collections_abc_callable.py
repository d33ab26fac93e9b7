# collections.abc.Callable[[...], result] and Generator as annotations, and isinstance with Generator
from collections.abc import Callable, Generator, Iterator

Handler = Callable[[int], str]
Anything = Callable[..., float]
print(Handler)
print(Anything, Handler.__args__)


def apply(f: Callable[[float], float], x: float) -> float:
    return f(x)


def countdown(n: int) -> Generator[int, None, None]:
    while n > 0:
        yield n
        n -= 1


print(apply(abs, -2.5))
gen = countdown(3)


class Manual:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def send(self, value):
        return value

    def throw(self, *args):
        raise StopIteration

    def close(self):
        pass


print(isinstance(Manual(), Generator), isinstance(gen, Iterator), isinstance([1], Generator))
print(list(gen))
try:
    Callable[int]
except TypeError as e:
    print("TypeError:", e)
