# unsupported: operator.__add__ line 4
import operator

print(operator.__add__(1, 2))
