# %c takes an int or a one-character str; a list is a TypeError
items = [1]
print("%c%c" % (65, "é"), "%c" % True == "\x01")
text = "%c" % items
