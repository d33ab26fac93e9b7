# Flag.__or__ called through the class with too few or too many arguments: a Python function's errors
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Flag.__or__(Perm.R, Perm.W))
for args in [(Perm.R,), (Perm.R, Perm.W, Perm.X)]:
    try:
        Flag.__or__(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    Flag.__and__(Perm.R)
except TypeError as e:
    print("TypeError:", e)
