# sample returns a new list of k distinct items
import random
random.seed(11)
pool = list(range(20))
pick = random.sample(pool, 5)
print(pick, len(pool))
print(random.sample(range(1000), 3))
