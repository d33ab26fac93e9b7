# An Enum: members made once, .name and .value, repr and str, iteration, len, `in`, dict keys
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self):
        return f"{self.name} has value {self.value}"


favourite = Color.GREEN
print(favourite, repr(favourite), favourite.name, favourite.value)
print(Color(2) is favourite, Color["BLUE"], Color.RED == Color.RED, Color.RED == 1)
print(list(Color), len(Color), favourite in Color, Color)
lights = {Color.RED: "stop", Color.GREEN: "go"}
for colour in Color:
    print(colour.describe(), lights.get(colour, "?"))
print(f"[{Color.RED}] [{Color.BLUE:>12}]", str(Color.GREEN), isinstance(favourite, Color))
