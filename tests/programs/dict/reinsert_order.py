# deleting and re-adding a key moves it to the end
d = {"a": 1, "b": 2}
del d["a"]
d["a"] = 3
print(d)
