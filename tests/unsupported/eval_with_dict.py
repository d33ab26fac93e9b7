# unsupported: globals line 3
# eval with a globals dict: CPython adds '__builtins__' (the builtins module's dict) to it
print(eval("a + 1", {"a": 2}))
