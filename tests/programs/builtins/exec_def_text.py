# a function defined by exec's text is "<string>" code: calling it takes no step inside, but the program's function it calls steps
def double(n):
    return n * 2


exec("def f(x):\n    parts = [x, x + 1]\n    y = double(parts[1])\n    return y + 1")
print(f(3))
r = f(10)
print(r)
