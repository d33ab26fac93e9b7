# a name declared global in a function cannot be annotated there
count = 0


def bump():
    global count
    count: int = count + 1
