# __builtins__ is the builtins module: its attributes are the builtin functions
b = __builtins__
print(b)
print(b.len([1, 2, 3]), b.max(4, 7), b.abs(-2))
print(b.len is len, b.__name__)
