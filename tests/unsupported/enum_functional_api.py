# unsupported: Enum('Name' line 4
from enum import Enum

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color))
