# add() puts an item in the set
s = set()
s.add(5)
s.add(5)
print(len(s))
