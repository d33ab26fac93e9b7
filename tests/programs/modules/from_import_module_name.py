# from MODULE import __name__ gives the module's name, as getattr does
from collections.abc import __name__ as abc_name
from math import __name__ as math_name

print(abc_name, math_name)
