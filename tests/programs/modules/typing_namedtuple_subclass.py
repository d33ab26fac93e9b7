# A program's subclass of a typing.NamedTuple class: its own name in the repr, its own methods
from typing import NamedTuple


class Employee(NamedTuple):
    name: str
    salary: int = 1000

    def raised(self, amount):
        return self._replace(salary=self.salary + amount)


class Manager(Employee):
    def title(self):
        return "manager " + self.name


m = Manager("eve", 2000)
r = m.raised(500)
print(m, r, type(r).__name__, m.title(), Manager._make(["al", 5]), Manager("bo"))
print(isinstance(m, Employee), [c.__name__ for c in Manager.__mro__], m._asdict())
m.office = 12
print(vars(m), m == ("eve", 2000))
