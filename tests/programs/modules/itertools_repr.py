# count and repeat show their state in repr; printing one does not advance it
import itertools

ticks = itertools.count(5)
print(ticks, next(ticks), ticks)
halves = itertools.count(0.5, 0.25)
next(halves)
print(halves, itertools.count(1, 2))
again = itertools.repeat("hi", 2)
next(again)
print(again, itertools.repeat(None))
