# random.sample(counts=...) needs one count for each item of the population
import random

prizes = ["car", "bike"]
print(random.sample(prizes, 1, counts=[1, 5, 10]))
