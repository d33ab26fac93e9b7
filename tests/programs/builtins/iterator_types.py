# each iterator kind has its own type: list_iterator, dict_keyiterator, zip, generator...
from collections.abc import Generator, Iterator


def gen():
    yield 1


kinds = [iter([1]), reversed([1]), iter((1,)), iter("ab"), iter(range(3)), iter({1}),
         iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()), reversed({1: 2}),
         reversed({1: 2}.values()), reversed({1: 2}.items()), reversed((1, 2)),
         enumerate([1]), zip([1], [2]), map(abs, [1]), filter(None, [1]), gen()]
for k in kinds:
    t = type(k)
    print(t, t.__name__, type(k) is t, isinstance(k, Iterator), isinstance(k, Generator))
print(type(iter([])) is type(iter([2, 3])), type(iter([])) is type(iter(())))
