# equal constants in one source file are one object
x = 1000
y = 1000
print(x is y)
