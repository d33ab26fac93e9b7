# a list subclass overriding append: super().append does the work; list.__init__ does not call it
class Logged(list):
    def __init__(self, items, label):
        super().__init__(items)
        self.label = label
        self.count = 0

    def append(self, item):
        self.count += 1
        super().append(item)


xs = Logged([5, 6], "log")
print(xs, xs.count)
xs.append(7)
xs.extend([8, 9])
xs.insert(0, 4)
print(xs, xs.count, xs.label)
list.append(xs, 10)
print(xs, xs.count)
