# unsupported: def line 3
# a function defined by text would run as "<string>" code, which has no lines to step through
exec("def f():\n    return 1")
print(f())
