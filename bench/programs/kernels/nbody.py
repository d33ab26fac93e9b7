# Kernel: a small planetary system integrated with a leapfrog-like step (floats, __slots__, pairs).
class Body:
    __slots__ = ("name", "x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, name, position, velocity, mass):
        self.name = name
        self.x, self.y, self.z = position
        self.vx, self.vy, self.vz = velocity
        self.mass = mass


def make_system():
    # A heavy star and four planets on roughly circular orbits, in units where G = 1.
    star = Body("star", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 40.0)
    planets = [
        Body("inner", (1.0, 0.0, 0.05), (0.0, 6.3, 0.0), 0.01),
        Body("rocky", (0.0, 2.2, -0.1), (-4.2, 0.0, 0.02), 0.02),
        Body("giant", (-5.1, 0.3, 0.0), (0.1, -2.8, 0.0), 0.4),
        Body("icy", (0.4, -9.6, 0.2), (2.04, 0.0, -0.01), 0.09),
    ]
    bodies = [star] + planets
    # Give the star the opposite momentum so the centre of mass stays put.
    px = sum(b.vx * b.mass for b in planets)
    py = sum(b.vy * b.mass for b in planets)
    pz = sum(b.vz * b.mass for b in planets)
    star.vx, star.vy, star.vz = -px / star.mass, -py / star.mass, -pz / star.mass
    return bodies


def pairs_of(bodies):
    return [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]


def energy(bodies, pairs):
    kinetic = 0.0
    for b in bodies:
        kinetic += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
    potential = 0.0
    for a, b in pairs:
        dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
        potential -= a.mass * b.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
    return kinetic + potential


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a.x - b.x
            dy = a.y - b.y
            dz = a.z - b.z
            dist2 = dx * dx + dy * dy + dz * dz
            scale = dt / (dist2 * dist2 ** 0.5)
            mb = b.mass * scale
            ma = a.mass * scale
            a.vx -= dx * mb
            a.vy -= dy * mb
            a.vz -= dz * mb
            b.vx += dx * ma
            b.vy += dy * ma
            b.vz += dz * ma
        for body in bodies:
            body.x += dt * body.vx
            body.y += dt * body.vy
            body.z += dt * body.vz


SIZE = 100_000  # recorded with 10_000 (bench/run.py)
bodies = make_system()
pairs = pairs_of(bodies)
before = energy(bodies, pairs)
advance(bodies, pairs, 0.0005, SIZE)
after = energy(bodies, pairs)
print("energy %.9f -> %.9f" % (before, after))
print("star at %.6f %.6f %.6f" % (bodies[0].x, bodies[0].y, bodies[0].z))
