# fsum is exactly rounded where sum is not; prod multiplies
import math
xs = [0.1] * 10
print(sum(xs), math.fsum(xs))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2, 3], start=10))
