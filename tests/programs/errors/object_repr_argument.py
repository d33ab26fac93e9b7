# object.__repr__ as a slot wrapper takes no argument past the instance
class Tag:
    pass


object.__repr__(Tag(), 1)
