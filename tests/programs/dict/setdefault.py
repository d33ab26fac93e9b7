# setdefault() inserts a default only when the key is missing
d = {}
d.setdefault("n", [])
d["n"].append(1)
d.setdefault("n", [])
print(d)
