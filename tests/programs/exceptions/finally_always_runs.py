# finally runs after a normal try body and after a caught exception
def attempt(d):
    try:
        r = 1 / d
    except ZeroDivisionError:
        r = 0
    finally:
        print("cleanup", d)
    return r
print(attempt(2))
print(attempt(0))
