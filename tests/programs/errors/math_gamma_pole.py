# math.gamma at a pole (zero or a negative integer): ValueError, math domain error
import math

values = [math.gamma(0.5), math.gamma(-0.5)]
print(values)
print(math.gamma(-4))
