# fromkeys of a dict subclass whose __init__ needs an argument
class Named(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name


Named.fromkeys("ab")
