# Trace::state benchmark: a heap of 20,000 small lists, made in one step by a comprehension,
# that the program then reads for 60,000 steps, so nearly every step has 20,000 objects
# reachable while it adds only an event or two. The walk goes by index: rebinding a name from
# one list to the next (for row in rows) makes the recorder look for garbage cycles over the
# whole heap at every step, a recording cost, not the state cost measured here.
rows = [[i % 10] for i in range(20000)]
total = 0
for i in range(20000):
    total += rows[i][0]
print(total)
