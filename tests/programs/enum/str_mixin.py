# An Enum mixing in str
from enum import Enum


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


greeting = "light " + Color.RED
print(greeting, Color.RED == "red", Color.GREEN.upper(), len(Color.GREEN))
print(str(Color.RED), repr(Color.RED), f"{Color.GREEN}|{Color.GREEN:>14}|")
print(Color("green") is Color.GREEN, Color.RED.startswith("r"), isinstance(Color.RED, str))
