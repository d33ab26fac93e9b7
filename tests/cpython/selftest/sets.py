# self-test program for compare.py: sets and frozensets whose item order must not matter
words = {"alpha", "beta", "gamma", (1, "x")}
nums = frozenset([3, 1, 2])
pair = [words, nums]
words.add("delta")
print(len(words), sorted(nums))
