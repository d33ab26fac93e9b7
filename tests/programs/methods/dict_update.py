# dict.update merges another dict in
d = {"a": 1}
d.update({"b": 2, "a": 3})
print(d)
