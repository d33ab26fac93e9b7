# Random adds, discards and pops on an int set: its iteration order after the churn is CPython's (setobject.c's probes, dummies and resizes)
import random

random.seed(16)
s = set()
for step in range(400):
    k = random.randrange(-40, 300)
    if random.random() < 0.55:
        s.add(k)
    elif k in s:
        s.discard(k)
    elif s and step % 7 == 0:
        s.pop()
print(len(s))
print(s)
print(list(s)[:10], min(s), max(s))
t = {x * 1000003 for x in range(-20, 20)} - {x * 1000003 for x in range(0, 40, 3)}
print(t)
