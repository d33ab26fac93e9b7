# emptying the module's namespace unbinds every name; the builtins still answer
x = 1
words = ["a", "b"]
globals().clear()
print(len("abc"), "x" in globals())
y = 2
print(globals())
