# an Enum's __init__ gets each member's tuple value unpacked, while the class is half made
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass)
for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))
print(Planet((5.976e24, 6.37814e6)) is Planet.EARTH, repr(Planet.MERCURY))
