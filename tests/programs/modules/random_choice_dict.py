# random.choice() of a dict looks up a random key below len(d): the value when that int is a key, else KeyError (a Counter answers 0); of a set it is a TypeError; choices() does the same
import random
from collections import Counter, defaultdict

random.seed(7)
by_position = {0: "zero", 1: "one", 2: "two"}
print([random.choice(by_position) for _ in range(4)])
names = {"ann": 1, "bob": 2}
try:
    random.choice(names)
except KeyError as e:
    print("KeyError:", e)
print(random.choice(Counter("aab")))
late = defaultdict(list)
late["x"].append(1)
print(random.choice(late), dict(late))
try:
    random.choice({3, 4})
except TypeError as e:
    print("TypeError:", e)
try:
    random.choice({})
except IndexError as e:
    print("IndexError:", e)
print(random.choices(by_position, k=3))
try:
    random.choices(frozenset("ab"), k=2)
except TypeError as e:
    print("TypeError:", e)
print(random.random())
