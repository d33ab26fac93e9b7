# unsupported: getstate line 5
import random

rng = random.Random(1)
state = rng.getstate()
