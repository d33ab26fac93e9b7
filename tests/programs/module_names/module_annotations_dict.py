# __main__ always has an __annotations__ dict, empty until a module-level annotation fills it
a = __annotations__
print(a, type(a).__name__)
count: int = 3
print(a, a is __annotations__)
