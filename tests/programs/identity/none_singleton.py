# None is a single object shared by every name
a = None
b = None
print(a is b)
