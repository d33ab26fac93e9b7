# An error in a function that exec's text calls: the traceback goes through "<string>"
def check(v):
    return 10 / v


exec("a = check(2)\nprint(a)\nb = check(0)")
