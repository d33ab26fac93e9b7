# lru_cache remembers results: the function runs once per new argument
from functools import lru_cache


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(10), fib(10))


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return [x * x]


a = square(3)
b = square(3)
print(a is b)
square(4)
square(5)
print(square(3) is a)
