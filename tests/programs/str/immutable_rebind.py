# += on a string builds a new string and rebinds the name
s = "ab"
t = s
s += "cd"
print(s, t)
