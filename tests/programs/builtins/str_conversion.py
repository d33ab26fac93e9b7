# str() turns values into text
s = str(12) + str(3.5) + str(True)
print(s)
