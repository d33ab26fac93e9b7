# Color.__members__ is a new mappingproxy of name -> member at each read, aliases included, in order
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1


members = Color.__members__
print(members)
print(len(members), list(members))
for name, member in members.items():
    print(name, member, member is Color[name])
print(members["CRIMSON"] is Color.RED, "GREEN" in members)
print(Color.__members__ is members, Color.__members__ == members)
print(repr(members))
try:
    del members["RED"]
except TypeError as e:
    print(e)
print(Enum.__members__)
