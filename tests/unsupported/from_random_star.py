# unsupported: random line 2
from random import *
print(randint(1, 6))
