# an AttributeError raised by __getattr__ ends the program, with CPython's hint
class Config:
    def __init__(self):
        self.colour = "red"

    def __getattr__(self, name):
        raise AttributeError(f"Config has no {name}")


c = Config()
print(c.color)
