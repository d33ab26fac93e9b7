# slices make new strings
s = "memory"
print(s[1:4], s[:3], s[3:], s[::2])
