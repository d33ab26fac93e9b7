# chained comparisons: only the last `in` display is folded by CPython
x = 2
print(x in [
    1,
    2,
] == True)
print(0 < x in [
    2,
    3,
])
print(x in (
    1,
    2,
))
