# unsupported: lambda line 4
# a function made by exec's or eval's text in a function would keep a copy of the globals
def make():
    return eval("lambda n: n + 1")


print(make()(1))
