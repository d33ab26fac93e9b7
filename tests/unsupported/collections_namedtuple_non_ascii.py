# unsupported: ASCII line 4
from collections import namedtuple

Plat = namedtuple("Plat", ["nom", "épices"])
print(Plat("curry", 3))
