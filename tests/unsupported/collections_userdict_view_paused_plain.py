# unsupported: ItemsView line 6
from collections import UserDict

scores = UserDict(ann=3, bob=5)
it = iter(scores.items())
print(next(it))
