# unsupported: zip.__iter__ line 4
pairs = zip([1, 2], "ab")
print(list(pairs))
step = zip.__iter__
print(step)
