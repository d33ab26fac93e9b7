# Methods of library classes written in Python are plain functions when read from the class
import pprint
import queue
import random


def shown(f):
    return repr(f).split(" at ")[0]


print(shown(pprint.PrettyPrinter.pprint))
print(pprint.PrettyPrinter.pformat.__qualname__)
print(shown(queue.Queue.put))
print(shown(queue.PriorityQueue.get))
print(shown(random.Random.choice))
print(shown(random.Random.random))
p = pprint.PrettyPrinter(width=20)
print(type(p.pformat).__name__)
f = pprint.PrettyPrinter.pformat
print(f(p, [1, 2]))
