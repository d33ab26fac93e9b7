# a class without __init__ accepts no arguments
class Empty:
    pass

e = Empty(1)
