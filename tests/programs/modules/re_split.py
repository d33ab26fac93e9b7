# re.split: separators, kept groups, maxsplit and empty matches
import re

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"\s+", "  leading and trailing  "))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\b", "hi there"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\d", "no digits"))
words = re.split(r"\W+", "Words, words, words.")
print(words, len(words))
