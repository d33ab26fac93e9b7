# unsupported: generator line 2
fs = list(lambda: i for i in range(3))
print([f() for f in fs])
