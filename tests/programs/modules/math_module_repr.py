# a module's __name__ is the name it was imported by
import math
import random as r
print(math.__name__, r.__name__)
