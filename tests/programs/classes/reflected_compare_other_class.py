# a < b tries b.__gt__ when a's class has no __lt__
class Small:
    pass

class Big:
    def __gt__(self, other):
        print("Big.__gt__ called")
        return True

print(Small() < Big())
