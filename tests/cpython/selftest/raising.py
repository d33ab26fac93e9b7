# self-test program for compare.py: an exception raised, passed up a frame and caught, then one left uncaught
def check(n):
    if n > 2:
        raise ValueError("too big: %d" % n)
    return n


try:
    check(5)
except ValueError as err:
    print("caught", err)
seen = [check(1), check(2)]
check(7)
