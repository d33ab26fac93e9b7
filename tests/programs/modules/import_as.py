# `import random as r` binds the module under another name; both names share one module
import random as r
import random
print(r is random)
