# assigning inside a function makes a new local; the global is unchanged
x = "global"

def f():
    x = "local"
    return x

print(f(), x)
