# unsupported: defining line 2
class Loose(int):
    def __eq__(self, other):
        return True


print(Loose(1) == 2)
