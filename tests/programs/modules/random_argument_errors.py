# random's functions called with missing, extra or wrong keyword arguments: CPython's TypeError for each
import random
random.seed(1)
calls = [
    lambda: random.uniform(1),
    lambda: random.uniform(),
    lambda: random.uniform(1, 2, 3),
    lambda: random.randint(1),
    lambda: random.randint(1, 2, 3),
    lambda: random.choice(),
    lambda: random.choice([1], 2),
    lambda: random.shuffle(),
    lambda: random.shuffle([1], 2),
    lambda: random.randrange(),
    lambda: random.randrange(1, 2, 3, 4),
    lambda: random.sample([1, 2]),
    lambda: random.sample([1, 2], 1, 2),
    lambda: random.sample([1, 2], 1, 2, counts=None),
    lambda: random.sample(),
]
more = [
    lambda: random.choices(),
    lambda: random.choices([1], None, None),
    lambda: random.choices([1], None, 2, k=3),
    lambda: random.gauss(1, 2, 3),
    lambda: random.seed(1, 2, 3),
    lambda: random.random(1),
    lambda: random.getrandbits(),
    lambda: random.getrandbits(1, 2),
    lambda: random.uniform(1, a=2),
    lambda: random.uniform(1, c=2),
    lambda: random.uniform(b=2),
    lambda: random.randint(1, 2, 3, a=1),
    lambda: random.gauss(sigma=2, x=1),
    lambda: random.random(x=1),
    lambda: random.getrandbits(k=1),
    lambda: random.seed(a=1, version=2, x=3),
    lambda: random.choice(seq=[5]),
    lambda: random.sample(k=1),
]
for c in calls + more:
    try:
        print(c())
    except TypeError as e:
        print(e)
