# repr and ascii of containers and strings
print(repr([1, "a", None]), ascii("é"), repr((1,)), repr({"k": 1.0}))
