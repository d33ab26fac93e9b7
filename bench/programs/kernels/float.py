# Kernel: many small point objects made from sines and cosines, normalised, then reduced (floats, __slots__).
from math import cos, sin, sqrt


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, i):
        self.x = sin(i) * 3.0
        self.y = cos(i) * 2.0 + sin(i * 0.5)
        self.z = self.x * self.x / 2.0

    def normalize(self):
        length = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= length
        self.y /= length
        self.z /= length

    def widest(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def run(count):
    points = [Point(i) for i in range(count)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.widest(p)
    return best


SIZE = 60_000  # recorded with 6_000 (bench/run.py)
for round_number in range(6):
    best = run(SIZE)
print("%.9f %.9f %.9f" % (best.x, best.y, best.z))
