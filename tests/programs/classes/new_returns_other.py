# __init__ is skipped when __new__ returns something that is not an instance of the class
class Maybe:
    def __new__(cls, value):
        if value is None:
            return "nothing"
        return super().__new__(cls)

    def __init__(self, value):
        print("init", value)
        self.value = value


a = Maybe(5)
b = Maybe(None)
print(a.value, b)
