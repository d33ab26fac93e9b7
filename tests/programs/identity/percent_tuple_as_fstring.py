# "..." % (a, b) using only %s, %r and %a is compiled as an f-string, which changes identities
name = "memory step"
empty = ""
print("%s" % (name,) is name, "%s%s" % (empty, name) is name, "%s%s" % (name, empty) is name)
print("%-20s|" % (name,), "%5.3s|" % (name,), "%r %a" % (name, "é"), "%05s|%%" % (name,))
n = 7
a = "%s" % (n,)
b = "%s" % n
digits = "0123456789"
print(a is digits[7], b is digits[7], a == b)
print("%d%%" % (n,), "%s %s" % (n, [n]))
