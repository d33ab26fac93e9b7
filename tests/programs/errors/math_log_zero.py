# log(0) is a math domain error
import math
math.log(0)
