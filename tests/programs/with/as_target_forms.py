# with: the `as` target can be an attribute, an item or an unpacking, stored after __enter__ returns
class Pair:
    def __enter__(self):
        return (10, 20)

    def __exit__(self, *exc):
        return False


class Box:
    pass


box = Box()
slots = [None]
with Pair() as (a, b):
    print(a + b)
with Pair() as box.value:
    print(box.value)
with Pair() as slots[0]:
    print(slots)
