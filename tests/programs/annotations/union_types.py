# `int | None` makes a types.UnionType; isinstance accepts it
class Node:
    pass


Maybe = int | None
print(Maybe, type(Maybe).__name__, str | int | str, list[int] | None)
print(Node | None, int | int, Maybe == (None | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, Maybe))
print(isinstance(3, int | list[int]))
try:
    issubclass(list, (int, dict[str, int]))
except TypeError as e:
    print("TypeError:", e)
