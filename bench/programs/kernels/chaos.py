# Kernel: the chaos game drawing a fern-like fractal into a grid (random, classes, floats, dict lookups).
import random


class Affine:
    """x' = a x + b y + e, y' = c x + d y + f, chosen with probability weight."""

    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, point):
        x, y = point
        return (self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f)


class Game:
    def __init__(self, maps, width, height):
        self.maps = maps
        self.thresholds = []
        running = 0.0
        for m in maps:
            running += m.weight
            self.thresholds.append(running)
        self.width = width
        self.height = height
        self.grid = [[0] * width for _ in range(height)]

    def choose(self, rng):
        r = rng.random() * self.thresholds[-1]
        for m, limit in zip(self.maps, self.thresholds):
            if r < limit:
                return m
        return self.maps[-1]

    def plot(self, point):
        x, y = point
        column = int((x + 3.0) / 6.0 * (self.width - 1))
        row = int((1.0 - y / 10.0) * (self.height - 1))
        if 0 <= column < self.width and 0 <= row < self.height:
            self.grid[row][column] += 1

    def play(self, rng, iterations):
        point = (0.0, 0.0)
        for i in range(iterations):
            point = self.choose(rng).apply(point)
            if i > 20:
                self.plot(point)


SIZE = 300_000  # recorded with 30_000 (bench/run.py)
maps = [
    Affine(0.0, 0.0, 0.0, 0.17, 0.0, 0.0, 0.02),
    Affine(0.84, 0.05, -0.05, 0.84, 0.0, 1.5, 0.84),
    Affine(0.21, -0.27, 0.24, 0.21, 0.0, 1.5, 0.07),
    Affine(-0.14, 0.27, 0.25, 0.23, 0.0, 0.45, 0.07),
]
game = Game(maps, 64, 96)
game.play(random.Random(2024), SIZE)
filled = sum(1 for row in game.grid for cell in row if cell)
weighted = sum(r * 7 + c * cell for r, row in enumerate(game.grid) for c, cell in enumerate(row))
print(filled, weighted, max(max(row) for row in game.grid))
