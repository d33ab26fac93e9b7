# a dict comprehension
lengths = {w: len(w) for w in ["a", "bb", "ccc"]}
print(lengths)
