# random.Random's methods raise python3's errors: wrong argument counts, bad seeds, empty sequences and ranges
import random

rng = random.Random(7)
attempts = [
    lambda: random.Random(1, 2),
    lambda: random.Random(y=1),
    lambda: random.Random([1, 2]),
    lambda: rng.seed({}),
    lambda: rng.randint(1),
    lambda: rng.randint(5, 1),
    lambda: rng.randrange(0),
    lambda: rng.choice([]),
    lambda: rng.sample([1, 2], 3),
    lambda: rng.shuffle((1, 2)),
    lambda: rng.random(1),
    lambda: rng.getrandbits(-1),
    lambda: rng.uniform(1, c=2),
    lambda: random.Random.random(5),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(rng.random())
