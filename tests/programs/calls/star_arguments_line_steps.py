# A call with *args or **kwargs builds its arguments on the call's line: it comes back between them
def f(*args, **kwargs):
    return len(args) + len(kwargs)


y = [7, 8]
print(f(
    1,
    *y,
    2,
))
print(f(
    *y,
    a=1,
    b=
        2,
    **{'c': 3},
    d=4,
))
print(f(
    1,
    2,
    3,
    *y,
))
print(
    *y,
    sep=
        '-',
)
