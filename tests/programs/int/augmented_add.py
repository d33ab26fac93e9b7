# += on an int rebinds the name to a new object
count = 0
count += 5
count += 300
print(count)
