# An Enum mixing in str: its errors
from enum import Enum


class Color(str, Enum):
    RED = "red"


print(Color("red"))
print(Color("blue"))
