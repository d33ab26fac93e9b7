# a return in finally discards the exception that was propagating
def f():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(f())
