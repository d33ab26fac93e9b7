# unsupported: dict.fromkeys line 3
keys = ["a", "b"]
counts = dict.fromkeys(keys, 0)
