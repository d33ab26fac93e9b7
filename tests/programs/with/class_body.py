# with: a with block in a class body binds its target in the class namespace
class Scale:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self.n

    def __exit__(self, *exc):
        print("exit", self.n)


class Settings:
    with Scale(3) as factor:
        size = factor * 10


print(Settings.factor, Settings.size)
