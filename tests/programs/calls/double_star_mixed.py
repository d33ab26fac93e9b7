# f(a, *xs, k=1, **kw) mixes every way of passing arguments
def f(a, b, c, k, m):
    return [a, b, c, k, m]

xs = [2, 3]
kw = {"m": 5}
print(f(1, *xs, k=4, **kw))
