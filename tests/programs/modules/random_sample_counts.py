# random.sample(counts=...) draws from the population as if each item were repeated its count of times, and CPython's errors for counts that do not fit
import random

random.seed(12)
marbles = ["red", "blue", "green"]
print(random.sample(marbles, 4, counts=[3, 2, 1]))
print(random.sample(marbles, k=2, counts=(0, 5, True)))
print(random.sample(range(3), 2, counts=[1, 0, 2]))
print(random.sample("xy", 8, counts=[30, 10]), random.sample("xy", 2, counts=[30, 10]))
for counts in ([1, 2], [1.0, 2, 3], [0, 0, 0], [2, -1, 1]):
    try:
        print(random.sample(marbles, 1, counts=counts))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    random.sample(marbles, 7, counts=[3, 2, 1])
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([], 0, counts=[])
except IndexError as e:
    print("IndexError:", e)
print(random.random())
