# An __int__ that returns a float: int() refuses it
class Price:
    def __int__(self):
        return 9.99


print(int(Price()))
