# math.exp of a large number raises OverflowError: math range error
import math
print(math.exp(700) > 0)
math.exp(1000)
