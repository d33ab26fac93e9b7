# r.start, r.stop and r.step are the int objects the range holds: the same object each time
big = 10**6
r = range(1000, big, 300)
a = r.start
b = r.start
print(a is b, r.stop is big, r.step is r.step)
s = range(big)
print(s.stop is big, s.start, s.step)
flag = True
t = range(flag, 2000)
print(t.start, type(t.start).__name__, t.start is flag)
part = r[10:20:2]
first = part.start
again = part.start
print(first, again, first is again, part.stop is part.stop)
print(r.start is range(1000, 5).start)
