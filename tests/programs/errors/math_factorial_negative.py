# factorial of a negative number is a ValueError
import math
math.factorial(-3)
