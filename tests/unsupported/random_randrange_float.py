# unsupported: randrange line 5
import random

random.seed(1)
print(random.randrange(10.0))
