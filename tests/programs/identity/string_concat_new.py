# concatenation at run time makes a new string object
a = "hello"
b = a + " world"
c = a + " world"
print(b == c, b is c)
