# + joins two strings into a new one
first = "Ada"
full = first + " Lovelace"
print(full)
