# a tuple built from variables is a new object each time
a = 300
t1 = (a, a)
t2 = (a, a)
print(t1 == t2, t1 is t2)
