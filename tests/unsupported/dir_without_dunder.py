# unsupported: dir() line 3
# dir() of a builtin object lists CPython's own attribute machinery (list's methods and slots)
print(dir([]))
