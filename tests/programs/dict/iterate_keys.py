# iterating a dict visits keys in insertion order
d = {"z": 1, "a": 2}
for k in d:
    print(k, d[k])
