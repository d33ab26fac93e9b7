# isinstance() and issubclass() of bytes, bytearray, memoryview, complex, slice, NotImplemented, functools.partial and re's objects against the collections.abc classes they are registered with
from collections.abc import Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence
import functools
import re

abcs = [Hashable, Iterable, Iterator, Reversible, Sized, Container, Collection, Callable, Set, MutableSet, Mapping, MutableMapping, Sequence, MutableSequence]
for x in [b"ab", bytearray(b"ab"), memoryview(b"ab"), 2j, slice(1, 2), NotImplemented, functools.partial(print), re.compile("a"), re.match("a", "a")]:
    print(type(x).__name__, [a.__name__ for a in abcs if isinstance(x, a)])
for t in [bytes, bytearray, memoryview, complex, slice]:
    print(t.__name__, [a.__name__ for a in abcs if issubclass(t, a)])
