# object.__format__ accepts only the empty format spec
class Tag:
    pass


object.__format__(Tag(), "^8")
