# set.add after discards fills the last deleted slot its probe passed, as CPython 3.11 does: the order shows it
s = set()
for x in (1, 2, 3, 4, 0):
    s.add(x)
s.discard(1)
s.discard(3)
s.add(33)
print(s)
t = set(range(40))
for x in range(0, 40, 2):
    t.discard(x)
for x in (64, 128, 192, 256 + 64):
    t.add(x)
print(t)
