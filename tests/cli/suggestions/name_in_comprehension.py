# inside a comprehension its own variables are candidates first, then the globals
items = [1, 2]
print([itme for item in items])
