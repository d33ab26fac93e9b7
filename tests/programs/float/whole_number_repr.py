# a float with no fraction still prints with .0
f = 4.0
print(f)
print(f * 2)
