# typing.NamedTuple's fields are (name, type) pairs: a bare name cannot be unpacked into two
from typing import NamedTuple

Employee = NamedTuple("Employee", ["name", "id"])
print(Employee("Ada", 1))
