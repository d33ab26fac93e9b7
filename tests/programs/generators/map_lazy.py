# map() calls its function only when the result is consumed
def double(x):
    print("double", x)
    return x * 2

m = map(double, [1, 2, 3])
print("mapped")
for v in m:
    print(v)
