# slicing a range gives the range CPython builds: the slice's clamped stop mapped through the range
evens = range(0, 20, 2)
head = evens[:3]
print(head, list(head))
print(range(4)[1::2])
print(range(1, 100, 5)[15:5:3], range(1, 100, 5)[5:15:-3])
back = range(100, 1, -5)[15:5:-3]
print(back, back.start, back.stop, back.step, list(back))
print(range(7, -2, -4)[1:50], range(3)[-10:10])
