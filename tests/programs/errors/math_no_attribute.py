# a missing module attribute is an AttributeError naming the module
import math
math.squareroot(4)
