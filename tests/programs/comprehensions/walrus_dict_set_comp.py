# := in a dict comprehension and a set comprehension at module level
prices = {"tea": 3, "cake": 5, "bun": 2}
taxed = {k: (last := v * 2) for k, v in prices.items()}
print(taxed, last)
sizes = {(m := len(k)) for k in prices}
print(sorted(sizes), m)
