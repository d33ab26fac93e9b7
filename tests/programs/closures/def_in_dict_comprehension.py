# functions made in a dict comprehension close over its variables, which keep their last values
ops = {name: (lambda x: x + len(name)) for name in ["a", "bb", "ccc"]}
print(ops["a"](1), ops["ccc"](1))
