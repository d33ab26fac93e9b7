# print(file=...) calls the object's write() with each piece
class Collector:
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)
        return len(text)


c = Collector()
print("a", 1, [2], sep="-", end="!\n", file=c)
print(file=c)
print(c.pieces)
print("x", file=None)
print("y", file=42)
