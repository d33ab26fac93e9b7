# unsupported: str line 3
import random
random.seed("hello")
print(random.random())
