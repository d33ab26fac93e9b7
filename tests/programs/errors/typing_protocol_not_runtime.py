# isinstance() with a Protocol that is not @runtime_checkable raises TypeError
from typing import Protocol


class Greeter(Protocol):
    def greet(self): ...


class English:
    def greet(self):
        return "hello"


print(isinstance(English(), Greeter))
