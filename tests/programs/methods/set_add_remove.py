# set.add and set.remove
s = {1}
s.add(2)
s.remove(1)
print(s)
