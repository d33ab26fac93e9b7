# module-level annotations: `x: T = v` binds x then stores T; `y: T` alone binds nothing
x: int = 3
y: str
print(__annotations__)
print(x)
try:
    print(y)
except NameError as e:
    print("NameError:", e)
