# An Enum's errors: no member with a value or name, ordering, extending an enum with members
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    @property
    def mass(self):
        return self.value[0]


print(Planet.EARTH.mass, Planet.MERCURY.value[1], Planet((5.976e24, 6.37814e6)))
try:
    Planet(3)
except ValueError as e:
    print("ValueError:", e)
try:
    Planet["PLUTO"]
except KeyError as e:
    print("KeyError:", e)
try:
    Planet.EARTH < Planet.MERCURY
except TypeError as e:
    print("TypeError:", e)
try:
    class Dwarf(Planet):
        PLUTO = (1.3e22, 1.19e6)
except TypeError as e:
    print("TypeError:", e)
try:
    Planet()
except TypeError as e:
    print("TypeError:", e)
try:
    Planet.EARTH = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Planet.EARTH.value = 3
except AttributeError as e:
    print("AttributeError:", e)
Planet.home = Planet.EARTH
print(Planet.home)
