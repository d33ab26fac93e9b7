# dir() without an argument lists the names of the scope it runs in, sorted
def f(a):
    b = a + 1
    print(dir())
    return b


f(1)
print(dir())
