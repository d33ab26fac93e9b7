# importing a module twice gives the same module object
import math
m = math
import math
print(m is math)
