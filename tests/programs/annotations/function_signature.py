# a def's annotations are evaluated when the def runs, in CPython's order, into f.__annotations__
def f(a: int, /, b: "str" = "x", *args: float, c: list = [], **kw: dict) -> bool:
    return a > 0


print(f.__annotations__)
print(f(1), list(f.__annotations__))


def g(n):
    return n


print(g.__annotations__, g.__annotations__ is g.__annotations__)
