# isinstance() with typing.Any is a TypeError (so is a class pattern of it), while issubclass() and a class derived from Any answer as for any class
import typing
from typing import Any


class Anything(Any):
    pass


print(issubclass(int, Any), issubclass(Anything, Any))
print(isinstance(Anything(), Anything), isinstance(3, Anything))
try:
    isinstance(3, Any)
except TypeError as e:
    print("TypeError:", e)
try:
    match "text":
        case typing.Any():
            print("matched")
except TypeError as e:
    print("TypeError:", e)
match 3:
    case Anything():
        print("an Anything")
    case _:
        print("not an Anything")
try:
    isinstance(1, typing.Protocol)
except TypeError as e:
    print("TypeError:", e)


class Point(Any):
    def __init__(self, x):
        self.x = x


try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
