# a list holding instances: the list points at the objects, not copies
class Item:
    def __init__(self, name):
        self.name = name

items = [Item("a"), Item("b")]
first = items[0]
first.name = "z"
print(items[0].name, len(items))
