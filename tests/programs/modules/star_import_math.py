# `from math import *` binds every public name of math
from math import *
print(floor(2.5), ceil(2.5), sqrt(9))
