# itertools' iterators and functools' objects are instances of their module's classes
import functools
import itertools

ticks = itertools.count()
print(type(ticks), isinstance(ticks, itertools.count), type(ticks) is itertools.count)
first, second = itertools.tee("ab")
print(type(first), type(itertools.chain.from_iterable([])), itertools.count.__module__)
double = functools.partial(pow, exp=2)
print(type(double), isinstance(double, functools.partial), functools.partial)
