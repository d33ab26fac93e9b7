# A local __y in a method is the local _Counter__y in its frame.
class Counter:
    def step(self, n):
        __y = n + 1
        total = __y * 2
        return total


print(Counter().step(3))
