# an exception in the try body jumps to the matching except clause
x = 0
try:
    y = 10 / x
    print("not reached")
except ZeroDivisionError:
    print("cannot divide by zero")
print("after")
