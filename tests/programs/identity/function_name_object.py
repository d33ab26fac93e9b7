# a function's __name__ is one str object, the same one as the literal with its name; its
# __qualname__ is that object too at module level, and one object per def elsewhere
def area(width, height):
    return width * height


class Box:
    def volume(self):
        return 0


def make():
    def inner():
        return 1

    return inner


first = area.__name__
second = area.__name__
literal = "area"
qual = area.__qualname__
one, two = make(), make()
inner_qual = one.__qualname__
inner_qual_again = two.__qualname__
inner_name = one.__name__
method_qual = Box.volume.__qualname__
method_qual_again = Box.volume.__qualname__
lam = lambda: 0
lam_name = lam.__name__
print(first, qual, inner_qual, inner_name, method_qual, lam_name)
