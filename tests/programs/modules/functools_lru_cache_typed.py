# functools.lru_cache(typed=True) caches arguments of different types apart (3 and 3.0, True and 1), keyword arguments included; cache_parameters() reports the typed object given
from functools import lru_cache


@lru_cache(maxsize=4, typed=True)
def describe(value, *, unit="m"):
    print("computing", repr(value), unit)
    return f"{value}{unit}"


print(describe(3), describe(3.0), describe(3))
print(describe(True), describe(1))
print(describe(2, unit="cm"), describe(2, unit="cm"), describe(2.0, unit="cm"))
print(describe.cache_info())
print(describe.cache_parameters())


@lru_cache(None, 1)
def square(n):
    print("squaring", n)
    return n * n


print(square(2), square(2.0), square(2), square.cache_parameters())


@lru_cache(maxsize=2)
def plain(n):
    print("plain", n)
    return n


print(plain(5), plain(5.0), plain.cache_info())


def half(n):
    return n / 2


print(lru_cache(half, True)(4), lru_cache(True)(half)(6))
try:
    lru_cache(half, 1)
except TypeError as e:
    print("TypeError:", e)
