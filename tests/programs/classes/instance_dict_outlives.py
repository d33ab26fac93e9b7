# an instance's __dict__ outlives the instance; obj.__dict__ |= other stores the same dict back
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


def attrs(n):
    return n.__dict__


a = Node(1)
a.next = Node(2)
d = attrs(a.next)
a.next = None
d["v"] = 20
print(d)
e = Node(3).__dict__
e["w"] = 4
print(e)
n = Node(4)
for k in list(n.__dict__):
    del n.__dict__[k]
print(vars(n), n.__dict__ is vars(n))
n.x = 1
n.__dict__ |= {"y": 2}
print(n.y, vars(n))
print(getattr(n, "__dict__") is n.__dict__, hasattr(n, "__dict__"))
