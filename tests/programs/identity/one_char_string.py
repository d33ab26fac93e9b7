# one-character strings made at run time come from one shared cache
word = "xyz"
other = "box"
c = word[0]
d = other[2]
print(c is d, c == "x")
