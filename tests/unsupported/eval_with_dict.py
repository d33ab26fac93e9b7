# unsupported: globals line 4
# a globals dict the program keeps: CPython adds '__builtins__' (the builtins module's dict) to it
ns = {"a": 2}
exec("b = a + 1", ns)
print(ns["b"])
