# a name deleted through a class body's locals() is gone: reading it is a NameError
class Counter:
    start = 1
    del locals()["start"]
    print(start)
