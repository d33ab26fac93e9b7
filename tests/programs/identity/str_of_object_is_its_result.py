# str(), repr(), format(), f-strings and % hand back the very str a class's __str__/__repr__ returned
class Node:
    def __init__(self, label):
        self.label = label

    def __str__(self):
        return self.label

    def __repr__(self):
        return self.label


class Tree:
    def __init__(self, root):
        self.root = root

    def __str__(self):
        return str(self.root)


n = Node("leaf-" + "node")
t = Tree(n)
s1 = str(n)
s2 = repr(n)
s3 = str(t)
s4 = f"{n}"
s5 = f"{n!r}"
s6 = format(n)
s7 = "%s" % n
s8 = "%r" % (n,)
s9 = "{}".format(n)
s10 = "{!s}".format(t)
s11 = ascii(n)
s12 = object.__str__(n)
print(s1 is n.label, s2 is n.label, s3 is n.label, s4 is n.label)
print(s5 is n.label, s6 is n.label, s7 is n.label, s8 is n.label)
print(s9 is n.label, s10 is n.label, s11 is n.label, s12 is n.label)
joined = f"<{n}>"
padded = "%12s" % n
print(joined, padded, joined is n.label, padded is n.label)
