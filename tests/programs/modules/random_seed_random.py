# random.seed(n) makes random() repeat CPython's exact sequence
import random
random.seed(42)
a = random.random()
b = random.random()
random.seed(42)
print(a, b, random.random() == a)
