# Sorting many strings (code point order, ties stable, reverse) and ints past 64 bits.
words = ["pear", "Apple", "apple", "émile", "zoo", "Zed", "ab", "a"] * 10
s = sorted(words)
print(s[0], s[9], s[10], s[-1])
print(sorted(words, reverse=True)[:3])
huge = [2 ** 70, -3, 5, 2 ** 64, 7] * 14
print(sorted(huge)[:3], sorted(huge)[-1])
try:
    sorted([1, "a"] * 40)
except TypeError as e:
    print(e)
