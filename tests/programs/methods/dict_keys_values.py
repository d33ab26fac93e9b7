# dict.keys and dict.values, turned into lists
d = {"a": 1, "b": 2}
print(list(d.keys()), list(d.values()))
