# choice returns one of the list's own objects
import random
random.seed(7)
words = ["alpha", "beta", "gamma", "delta"]
w = random.choice(words)
print(w, w in words)
print(random.choice("xyz"), random.choice(range(100)))
