# math.sqrt of a negative number is a ValueError: math domain error
import math
print(math.sqrt(2.25))
math.sqrt(-1)
