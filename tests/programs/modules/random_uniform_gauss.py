# uniform and gauss follow CPython's formulas on the same generator
import random
random.seed(99)
print(random.uniform(1, 10))
print(random.gauss(0, 1), random.gauss(100, 15))
