# the comprehension's variable does not leak into the module
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
