# str.format fills in placeholders
s = "{} + {} = {}".format(1, 2, 3)
print(s)
