# unsupported: yield line 2
f = lambda: (yield 1)
print(list(f()))
