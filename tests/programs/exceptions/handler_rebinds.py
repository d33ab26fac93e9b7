# a caught ZeroDivisionError: the handler rebinds x
x = 0
try:
    x = 1 / 0
except ZeroDivisionError:
    x = -1
