# set's __init__ takes no keyword arguments, even in a subclass
class Letters(set):
    pass


Letters(items=[1])
