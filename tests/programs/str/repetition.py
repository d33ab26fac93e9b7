# * repeats a string
line = "-" * 10
print(line)
