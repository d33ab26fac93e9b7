# a random.Random object's randint() with its bounds reversed raises ValueError, as the module's function does
import random

rng = random.Random(9)
print(rng.randint(1, 6))
rng.randint(6, 1)
