# a return in finally replaces the return value of the try body
def f():
    try:
        return 1
    finally:
        return 2
print(f())
