# replace() returns a new string; the old one is unchanged
s = "cat hat"
t = s.replace("at", "og")
print(s, t)
