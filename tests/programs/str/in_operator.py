# `in` finds a substring
s = "banana"
print("nan" in s, "x" in s)
