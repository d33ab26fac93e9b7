# a WeakValueDictionary as a cache: an entry stays while the program holds its value, and vanishes after
import weakref


class Image:
    def __init__(self, name):
        self.name = name


cache = weakref.WeakValueDictionary()


def load(name):
    image = cache.get(name)
    if image is None:
        print("loading", name)
        image = Image(name)
        cache[name] = image
    return image


a = load("a")
b = load("b")
print(load("a") is a, len(cache), sorted(cache))
b = None
print(len(cache), "b" in cache, list(cache.keys()))
load("b")
print(len(cache))
