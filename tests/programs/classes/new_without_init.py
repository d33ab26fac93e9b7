# a class with __new__ and no __init__ takes the call's arguments in __new__ alone
class Tagged:
    def __new__(cls, tag):
        obj = super().__new__(cls)
        obj.tag = tag
        return obj


t = Tagged("red")
print(t.tag, Tagged.__new__ is not object.__new__)
