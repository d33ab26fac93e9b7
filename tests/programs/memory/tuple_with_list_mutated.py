# the list inside a tuple can change; the tuple still points to it
t = ([1], 2)
inner = t[0]
inner.append(3)
print(t)
