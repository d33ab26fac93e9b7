# unsupported: dict_items line 4
before = {"a": 1, "b": 2}
after = {"a": 1, "b": 3}
print(before.items() ^ after.items())
