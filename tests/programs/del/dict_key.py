# del on a dict key removes the entry
d = {"a": 1, "b": 2}
del d["a"]
print(d)
