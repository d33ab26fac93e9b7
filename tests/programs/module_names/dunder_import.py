# __import__("math") returns the module object that `import math` binds
m = __import__("math")
import math
print(m is math, m.sqrt(16), m.pi > 3)
