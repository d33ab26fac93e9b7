# del inside a function removes a local
def f():
    tmp = [1]
    del tmp
    return 0

print(f())
