# `import math` inside a function binds a local name
def area(r):
    import math
    return math.pi * r * r

print(area(2))
