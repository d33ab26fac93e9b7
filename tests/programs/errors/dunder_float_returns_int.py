# A __float__ that returns an int: float() refuses it, naming the class
class Ratio:
    def __float__(self):
        return 1


print(float(Ratio()))
