# Keys added and deleted again and again: deleted slots must not fill the table (a lookup
# that misses stops only at an empty slot).
d = {}
for i in range(40):
    d[i] = i
    del d[i]
print(d, 5 in d)
e = {}
for i in range(30):
    e[i] = i * i
    if i % 3:
        e.pop(i)
print(e, len(e), 29 in e, 27 in e)
s = set()
for i in range(40):
    s.add(i)
    s.discard(i)
print(s, 3 in s)
