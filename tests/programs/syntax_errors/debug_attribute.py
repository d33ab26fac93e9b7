# Setting an attribute named __debug__ is refused too
class Settings:
    pass
Settings.__debug__ = True
