# copy.copy() and copy.deepcopy() of a namedtuple, Counter, OrderedDict, defaultdict and deque make a new object of the same type (even a namedtuple of ints), sharing the items or copying them
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple("Point", "x y")
shared = [1, 2]
originals = [
    Point(1, 2),
    Point(shared, shared),
    Counter("abracadabra"),
    OrderedDict(first=shared, second=[3]),
    defaultdict(list, team=shared),
    defaultdict(None, solo=1),
    deque([shared, "s", shared], maxlen=5),
    deque([(1, shared)]),
]
for x in originals:
    shallow = copy.copy(x)
    deep = copy.deepcopy(x)
    print(type(shallow).__name__, shallow == x, shallow is x, deep == x, deep is x)
    print(" ", repr(deep))
pair = copy.deepcopy(originals[1])
print(pair.x is pair.y, pair.x is shared, copy.copy(originals[1]).x is shared)
tally = copy.deepcopy(originals[2])
tally["z"] += 1
print(tally.most_common(2), originals[2]["z"])
groups = copy.deepcopy(originals[4])
groups["new"].append(7)
print(groups, originals[4])
queue = copy.deepcopy(originals[6])
queue[0].append(3)
print(queue, queue[0] is queue[2], queue.maxlen)
ring = deque([1])
ring.append(ring)
twin = copy.deepcopy(ring)
print(twin[1] is twin, twin is ring)
looped = OrderedDict()
looped["self"] = looped
clone = copy.deepcopy(looped)
print(clone["self"] is clone)
node = Point([], 0)
node.x.append(node)
dup = copy.deepcopy(node)
print(dup.x[0] is dup, dup.x is dup.x[0].x, dup.x[0] is node)
