# adding an int and a string
n = 5
s = "5"
total = n + s
