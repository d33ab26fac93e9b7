# unsupported: try line 3
x = 0
try:
    x = 1 / 0
except ZeroDivisionError:
    x = -1
