# str() of an int, a stepped slice and a join make new one-character strings; indexing is cached
n = 7
a = str(n)
b = f"{n}"
digits = "0123456789"
c = digits[n]
print(a is b, a is c, c is digits[7], a == c)
pair = "xy"
d = pair[::2]
e = pair[0]
print(d is e, d == e)
joined = "".join(["", "x"])
print(joined is e, joined == e)
