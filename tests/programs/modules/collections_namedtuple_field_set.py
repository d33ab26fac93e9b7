# The fields of a namedtuple cannot be set or deleted: "can't set attribute"
from collections import namedtuple

Pair = namedtuple("Pair", "left right")
p = Pair(1, 2)
try:
    p.left = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.right
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.middle = 3
except AttributeError as e:
    print("AttributeError:", e)
print(p)
