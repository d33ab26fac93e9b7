# set's __init__ names the subclass when given too many arguments
class Letters(set):
    pass


Letters([1], [2])
