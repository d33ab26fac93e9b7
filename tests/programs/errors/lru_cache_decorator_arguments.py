# lru_cache(n) returns a Python function taking one user_function: wrong calls of it raise a Python function's TypeErrors
from functools import lru_cache


def twice(x):
    return 2 * x


decorate = lru_cache(4)
print(decorate(user_function=twice)(5))
for call in (lambda: decorate(twice, twice), lambda: decorate(), lambda: decorate(f=twice),
             lambda: decorate(twice, user_function=twice), lambda: decorate(3)):
    try:
        call()
    except TypeError as error:
        print(error)
decorate(twice, twice)
