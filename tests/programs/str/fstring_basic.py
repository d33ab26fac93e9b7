# f-strings with expressions, specs and nested specs
x = 7
width = 6
name = "Bo"
print(f"{x} {x * 2} {x:03d} {name!r} {x:>{width}} {3.14159:.{2}f}")
