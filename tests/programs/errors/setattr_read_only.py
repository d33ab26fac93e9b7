# an AttributeError raised by __setattr__ ends the program
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")


r = ReadOnly()
r.x = 1
