# an error in a function exec's text defined: the traceback passes through File "<string>", line 3, in f
exec("def f(x):\n    half = x // 2\n    return 1 // (x - half * 2)")
print(f(3))
f(4)
