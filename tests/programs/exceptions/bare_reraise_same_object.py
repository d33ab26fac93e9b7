# a bare `raise` passes the same exception object on to the outer handler
def check(n):
    try:
        if n < 0:
            raise ValueError("negative: " + str(n))
    except ValueError as inner:
        kept = inner
        raise


try:
    check(-3)
except ValueError as outer:
    print(outer, outer.args)
