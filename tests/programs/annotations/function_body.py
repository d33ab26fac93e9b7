# inside a function, `x: T` is never evaluated (no step) and makes x local; `self.x: T = v` assigns
class Box:
    def __init__(self, items):
        self.items: list = items
        self.size: int
        count: Undefined
        count = len(items)
        self.count = count


box = Box([1, 2])
print(box.items, box.count, hasattr(box, "size"))
