# __getattr__ is called only when the normal lookup fails
class Lazy:
    def __init__(self):
        self.size = 3

    def __getattr__(self, name):
        return name.upper()


box = Lazy()
a = box.size
b = box.colour
print(a, b)
print(getattr(box, "weight"), hasattr(box, "anything"))
