# A list subclass's own __len__: len(), truth and a while loop ask it, the list's methods do not
class Window(list):
    def __len__(self):
        return min(2, super().__len__())


w = Window([4, 5, 6])
print(len(w))
print(w, w.count(5), w[2])
empty = Window()
if not empty:
    print("empty")
print(bool(w))
while w:
    w.pop()
    print(len(w), w)
