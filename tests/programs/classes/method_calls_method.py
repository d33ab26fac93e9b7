# a method calls another method of the same instance through self
class Cart:
    def __init__(self):
        self.prices = []

    def add(self, price):
        self.prices.append(price)
        return self.total()

    def total(self):
        return sum(self.prices)

c = Cart()
c.add(3)
print(c.add(4))
