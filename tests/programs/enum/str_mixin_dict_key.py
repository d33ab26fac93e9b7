# An Enum mixing in str: dict key
from enum import Enum


class Key(str, Enum):
    NAME = "name"
    AGE = "age"


record = {"name": "Ada", Key.AGE: 36}
print(record[Key.NAME], record["age"], sorted(record), Key.AGE in record)
