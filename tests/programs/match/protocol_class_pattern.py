# a class pattern naming a @runtime_checkable Protocol matches by the subject's members, as isinstance() does
from typing import Protocol, runtime_checkable


@runtime_checkable
class Speaker(Protocol):
    def speak(self): ...


class Dog:
    def speak(self):
        return "woof"


for thing in (Dog(), 5, "text"):
    match thing:
        case Speaker():
            print("speaks:", thing.speak())
        case int(n):
            print("number", n)
        case _:
            print("other")
