# random.shuffle() swaps x[i] and x[j] of any object: a deque, a bytearray and a dict keyed 0..n-1 are shuffled, a dict with other keys is a KeyError, a tuple, str, set or range fails at its first swap and an int at len()
import random
from collections import deque

random.seed(5)
line = deque("abcde")
random.shuffle(line)
print(line)
data = bytearray(b"memstep")
random.shuffle(data)
print(data)
slots = {0: "zero", 1: "one", 2: "two", 3: "three"}
random.shuffle(slots)
print(slots)
for thing in ({"a": 1, "b": 2}, (1, 2, 3), "word", {4, 5}, range(3), 7, (9,), b"ab"):
    try:
        random.shuffle(thing)
        print("shuffled", thing)
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(random.random())
