# @dataclass's docstring for a class with its own __init__ is that __init__'s signature, self left out
from dataclasses import dataclass


@dataclass
class Account:
    owner: str
    balance: float

    def __init__(self, owner: str, /, balance=0.0, *history, note: "str" = "", **extra) -> None:
        self.owner = owner
        self.balance = balance


@dataclass
class Order:
    items: list

    def __init__(self, *, items: list[int]) -> int:
        self.items = items


@dataclass
class Rush(Order):
    urgent: bool = True


@dataclass(init=False)
class Refund(Account):
    reason: str = "lost"


print(Account.__doc__)
print(Order.__doc__)
print(Rush.__doc__)
print(Refund.__doc__)
print(Account("ann").balance)
