# A float subclass whose __init__ takes a second argument but no __new__: float() refuses it
class Temp(float):
    def __init__(self, value, unit):
        self.unit = unit


t = Temp(21.5, "C")
