# range() is a lazy object, not a list
r = range(5)
print(r)
