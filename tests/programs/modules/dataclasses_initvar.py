# an InitVar field is an __init__ parameter handed to __post_init__, never an attribute: fields() and repr leave it out, __match_args__ keeps it
from dataclasses import dataclass, field, InitVar, fields


@dataclass
class Account:
    owner: str
    deposit: InitVar[int] = 0
    balance: int = field(init=False, default=0)

    def __post_init__(self, deposit):
        self.balance = deposit * 2


a = Account("ann", 50)
print(a, a.balance, [f.name for f in fields(a)], Account.__match_args__)
print(InitVar[int], InitVar(list), Account.deposit, InitVar[int].type)
b = Account("bob")
print(b, b == Account("bob", 0))
