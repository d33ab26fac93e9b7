# a bare raise re-raises the exception being handled (uncaught here)
def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
try:
    check(-3)
except ValueError:
    print("logging and re-raising")
    raise
