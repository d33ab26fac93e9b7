# `from math import floor as fl` binds under the new name
from math import floor as fl
x = fl(3.7)
print(x, type(x))
