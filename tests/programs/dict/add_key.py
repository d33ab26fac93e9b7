# assigning to a new key adds an entry
d = {}
d["x"] = 1
d["y"] = 2
print(d)
