# a read-only property computed from other attributes
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

r = Rect(2, 3)
print(r.area)
r.w = 10
print(r.area)
