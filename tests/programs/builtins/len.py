# len works on strings, lists, tuples, dicts
print(len("abc"), len([1]), len((1, 2)), len({"k": 1}))
