# No marker line when the failing range is the whole line (a raise, a bare call)
def check(n):
    raise ValueError("bad n: " + str(n))


check(5)
