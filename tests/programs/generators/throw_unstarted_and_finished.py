# Throwing into a generator that has not started, and into one that finished
def gen():
    print("never printed")
    yield 1


g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early:", e)
print(list(g))
h = gen()
for _ in h:
    pass
try:
    h.throw(KeyError("late"))
except KeyError as e:
    print("late:", e)
