# groupby groups consecutive items by key; each group is an iterator over the shared input
from itertools import groupby


def first_letter(word):
    return word[0]


words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, first_letter):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in groupby("aaabccaa")])
groups = groupby([1, 1, 2])
key, g = next(groups)
next(groups)
print(key, list(g))
