# arithmetic on ints above 256 makes a new object each time
a = 500
b = a + 1
c = a + 1
print(b == c, b is c)
