# unsupported: random.Random line 4
import random

generator = random.Random(5)
print(generator.random())
