# `self.count += 1` reads the class attribute and creates an instance attribute
class Clicker:
    count = 0

    def click(self):
        self.count += 1

c = Clicker()
c.click()
c.click()
print(c.count, Clicker.count)
