# `import math` binds a module object; its attributes are read with a dot
import math
r = math.sqrt(16)
print(r, math.pi)
