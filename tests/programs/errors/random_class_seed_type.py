# random.Random() of a list raises the TypeError naming the seed types it takes
import random

rng = random.Random([3, 1, 2])
