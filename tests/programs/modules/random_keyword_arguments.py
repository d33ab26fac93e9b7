# random's functions bind keyword arguments as random.py's signatures do, and report bad ones like CPython
import random

random.seed(11)
print(random.randint(a=1, b=6), random.randrange(0, 20, step=5), random.choices("abc", k=2))
print(random.sample(population=[1, 2, 3, 4], k=2), random.uniform(b=2.0, a=1.0) < 2.0)
for call in (lambda: random.randint(1, a=2), lambda: random.randint(b=3), lambda: random.choice(items=[1])):
    try:
        call()
    except TypeError as e:
        print(e)
