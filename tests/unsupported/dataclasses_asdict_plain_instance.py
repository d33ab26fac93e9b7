# unsupported: asdict line 16
from dataclasses import asdict, dataclass


class Customer:
    def __init__(self, name):
        self.name = name


@dataclass
class Order:
    customer: Customer
    total: float


print(asdict(Order(Customer("ann"), 9.5)))
