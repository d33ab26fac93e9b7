# reduce of an empty iterable needs an initial value
import functools

functools.reduce(lambda a, b: a + b, [])
