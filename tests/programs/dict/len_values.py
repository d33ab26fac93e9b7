# len() and values()
d = {"a": 10, "b": 20}
print(len(d), sum(d.values()))
