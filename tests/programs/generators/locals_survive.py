# a suspended generator keeps its local variables between resumptions
def acc():
    total = 0
    items = []
    while True:
        x = yield total
        items.append(x)
        total += x

g = acc()
next(g)
g.send(5)
print(g.send(7))
