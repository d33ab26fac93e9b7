# True and False are singletons; comparisons return them
a = 3 > 2
b = True
print(a is b)
