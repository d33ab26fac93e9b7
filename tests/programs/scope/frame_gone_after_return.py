# a function's locals disappear when it returns
def f():
    temp = [1, 2]
    return len(temp)

n = f()
print(n)
