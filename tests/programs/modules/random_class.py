# random.Random(42) is a generator object of its own: seeded alike, two give the same numbers, and the module's functions draw apart
import random

rng = random.Random(42)
twin = random.Random(42)
random.seed(1)
roll = rng.randint(1, 6)
print(roll, twin.randint(1, 6), random.randint(1, 6))
print(rng.random() == twin.random())
print(rng.choice(["rock", "paper", "scissors"]), rng.randrange(0, 100, 5))
hand = rng.sample(range(52), 5)
print(hand, rng.uniform(1, 2))
deck = list(range(8))
rng.shuffle(deck)
print(deck)
print(rng.choices("abc", weights=[5, 1, 1], k=6), rng.gauss(10, 2))
print(rng.getrandbits(16), type(rng).__name__, isinstance(rng, random.Random))
draw = rng.random
print(draw(), rng.randint is rng.randint, random.randint.__func__ is random.Random.randint)
