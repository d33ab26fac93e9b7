# set() is the empty set ({} is an empty dict)
s = set()
d = {}
print(type(s), type(d), len(s))
