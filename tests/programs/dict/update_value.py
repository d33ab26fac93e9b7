# assigning to an existing key replaces its value
d = {"k": 1}
d["k"] = 500
print(d)
