# starred items in list, tuple, set and dict displays
a = [1, 2]
b = (3,)
l = [*a, *b, 0]
t = (*a,)
s = {*a}
d1 = {"x": 1}
d = {**d1, "y": 2, **{"x": 3}}
print(l, t, s, d)
