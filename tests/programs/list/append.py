# append() changes the list in place
items = []
items.append(10)
items.append(20)
print(items)
