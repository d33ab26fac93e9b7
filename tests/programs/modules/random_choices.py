# choices with and without weights, k items drawn with replacement
import random
random.seed(5)
print(random.choices(["a", "b", "c"], k=5))
print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=6))
print(random.choices([1, 2, 3], cum_weights=[1, 2, 10]))
