# factorial works on big ints exactly
import math
print(math.factorial(0), math.factorial(5))
print(math.factorial(30))
