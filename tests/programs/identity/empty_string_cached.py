# the empty string is a singleton
s = "abc"
e = s[3:]
f = ""
print(e is f)
