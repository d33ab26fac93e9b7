# get() returns a default for a missing key
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0))
