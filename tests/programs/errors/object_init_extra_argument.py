# object.__init__ takes nothing past the instance when the class has its own __init__
class Account:
    def __init__(self, owner):
        object.__init__(self, owner)
        self.owner = owner


Account("ann")
