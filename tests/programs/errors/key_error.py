# looking up a missing dict key
d = {"a": 1}
print(d["b"])
