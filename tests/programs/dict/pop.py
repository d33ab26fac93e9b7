# pop() removes a key and returns its value
d = {"a": 1, "b": 2}
v = d.pop("a")
print(v, d)
