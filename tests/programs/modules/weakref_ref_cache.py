# a cache of weak references: entries whose object is gone answer None
import weakref


class Image:
    def __init__(self, name):
        self.name = name


cache = {}
images = [Image("a"), Image("b"), Image("c")]
for image in images:
    cache[image.name] = weakref.ref(image)
image = None
images.pop(1)
alive = []
for name in ["a", "b", "c"]:
    target = cache[name]()
    alive.append(None if target is None else target.name)
target = None
print(alive)
