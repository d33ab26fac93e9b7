# instances without __eq__ are dict keys by identity
class Key:
    pass

k1 = Key()
k2 = Key()
d = {k1: "one", k2: "two"}
print(d[k1], d[k2], len(d))
