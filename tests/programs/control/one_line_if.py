# a body on the same line as its if
x = 3
if x: print("yes")
