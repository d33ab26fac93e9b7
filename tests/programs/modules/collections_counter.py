# Counter counts the items of an iterable; a missing key counts 0
from collections import Counter

votes = ["red", "blue", "red", "green", "blue", "red"]
tally = Counter(votes)
print(tally)
print(tally["red"], tally["purple"], len(tally))
tally["green"] += 1
tally.update(["blue", "blue"])
print(tally.most_common(), tally.most_common(1))
print(sorted(tally.elements()), tally.total())
