# pprint lays out OrderedDict, defaultdict, Counter and deque by their own rules
import pprint
from collections import Counter, OrderedDict, defaultdict, deque

od = OrderedDict((name, len(name) * 10) for name in ["kiwi", "banana", "apple", "cherry", "date"])
pprint.pprint(od, width=30)
dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry"]:
    dd[word[0]].append(word)
pprint.pprint(dd, width=40)
counts = Counter("mississippi river")
pprint.pprint(counts, width=30)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=25), width=40)
pprint.pprint(deque())
pprint.pprint(Counter())
