# a chain of generators paused in `yield from`, dropped unfinished: the innermost is closed first, then each around it
class Tree:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def __iter__(self):
        try:
            yield from self.left or []
            yield self.value
            yield from self.right or []
        finally:
            print("closing", self.value)


class Wrapper:
    def __init__(self, root):
        self.root = root

    def __iter__(self):
        yield from self.root or []


t = Wrapper(Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6)))
print(3 in t)
for v in t:
    if v == 2:
        break
print(next(iter(t)))
print("done")
