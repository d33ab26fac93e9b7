# cmp_to_key turns an old-style comparison function into a sort key; sorted calls it
from functools import cmp_to_key


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return -1 if a < b else (1 if a > b else 0)


words = ["pear", "fig", "apple", "kiwi"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
key = cmp_to_key(by_length_then_alpha)
print(key("ab") < key("abc"), key("b") == key("b"), key("zz").obj)
