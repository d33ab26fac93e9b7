# a module-level annotation is evaluated after the value is bound, so x exists when it fails
x: int = 1
y: Missing = 2
print(x, y)
