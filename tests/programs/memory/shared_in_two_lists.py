# one object can be an item of two lists
item = [0]
x = [item]
y = [item, item]
item[0] = 5
print(x, y)
