# defaultdict calls its default_factory for a missing key and stores the result
from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "cherry", "blueberry"]:
    groups[word[0]].append(word)
print(groups)
print(groups.default_factory, len(groups), "z" in groups)
counts = defaultdict(int)
for letter in "hello":
    counts[letter] += 1
print(counts, dict(counts))
print(groups.get("q"), isinstance(groups, dict))
