# min and max with key and default
words = ["pear", "fig", "banana"]
print(min(words), max(words, key=len), min([], default="none"), max(3, 9, 4), min(words, key=lambda w: w[-1]))
