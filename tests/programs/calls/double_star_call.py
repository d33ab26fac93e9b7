# f(**d) spreads a dict into keyword arguments
def point(x, y):
    return [x, y]

d = {"y": 2, "x": 1}
print(point(**d))
