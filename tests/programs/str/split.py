# split() breaks a string into a list
parts = "a,b,c".split(",")
print(parts)
