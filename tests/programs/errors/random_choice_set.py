# random.choice() needs a sequence: a set cannot be indexed
import random

colours = {"red", "green", "blue"}
print(random.choice(colours))
