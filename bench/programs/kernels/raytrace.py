# Kernel: a tiny ray tracer: spheres on a checkered floor, one light, shadows and one bounce (classes, floats).
from math import sqrt


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def unit(self):
        return self.scaled(1.0 / sqrt(self.dot(self)))


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.unit()

    def at(self, t):
        return self.origin + self.direction.scaled(t)


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre, self.radius, self.colour, self.shine = centre, radius, colour, shine

    def hit(self, ray):
        to_centre = ray.origin - self.centre
        b = to_centre.dot(ray.direction)
        c = to_centre.dot(to_centre) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        t = -b - sqrt(disc)
        return t if t > 1e-6 else None

    def normal(self, point):
        return (point - self.centre).unit()

    def colour_at(self, point):
        return self.colour


class Floor:
    shine = 0.3

    def hit(self, ray):
        if abs(ray.direction.y) < 1e-9:
            return None
        t = -ray.origin.y / ray.direction.y
        return t if t > 1e-6 else None

    def normal(self, point):
        return Vec(0.0, 1.0, 0.0)

    def colour_at(self, point):
        light = (int(point.x // 1.0) + int(point.z // 1.0)) % 2 == 0
        return Vec(0.9, 0.9, 0.9) if light else Vec(0.1, 0.1, 0.1)


class Scene:
    def __init__(self, objects, light):
        self.objects = objects
        self.light = light

    def nearest(self, ray):
        best, best_t = None, None
        for thing in self.objects:
            t = thing.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best, best_t = thing, t
        return best, best_t

    def trace(self, ray, depth):
        thing, t = self.nearest(ray)
        if thing is None:
            return Vec(0.2, 0.3, 0.5)
        point = ray.at(t)
        normal = thing.normal(point)
        base = thing.colour_at(point)
        to_light = (self.light - point).unit()
        lit = max(normal.dot(to_light), 0.0)
        if lit > 0.0 and self.nearest(Ray(point, to_light))[0] is not None:
            lit *= 0.2
        colour = base.scaled(0.1 + 0.9 * lit)
        if depth > 0 and thing.shine > 0.0:
            bounce = ray.direction - normal.scaled(2.0 * normal.dot(ray.direction))
            colour = colour.scaled(1.0 - thing.shine) + \
                self.trace(Ray(point, bounce), depth - 1).scaled(thing.shine)
        return colour


def render(scene, width, height):
    eye = Vec(0.0, 1.5, -6.0)
    checksum = 0
    for row in range(height):
        for column in range(width):
            x = (column - width / 2) / width * 2.0
            y = (height / 2 - row) / height * 2.0 + 1.0
            colour = scene.trace(Ray(eye, Vec(x, y, 0.0) - Vec(0.0, 1.5, -4.0)), 2)
            shade = int(min(colour.x, 1.0) * 255) + int(min(colour.y, 1.0) * 255) * 3 + \
                int(min(colour.z, 1.0) * 255) * 7
            checksum = (checksum * 31 + shade) % 1_000_000_007
    return checksum


SIZE = 150  # recorded with 45 (bench/run.py)
scene = Scene([Sphere(Vec(0.0, 1.0, 0.0), 1.0, Vec(0.9, 0.2, 0.2), 0.4),
               Sphere(Vec(-2.2, 0.7, 1.5), 0.7, Vec(0.2, 0.8, 0.3), 0.2),
               Sphere(Vec(1.8, 0.5, -1.0), 0.5, Vec(0.3, 0.3, 0.9), 0.6),
               Floor()], Vec(-3.0, 6.0, -4.0))
print(render(scene, SIZE, SIZE * 2 // 3))
