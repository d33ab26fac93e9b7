# the empty tuple is a singleton
a = ()
b = tuple([])
print(a is b)
