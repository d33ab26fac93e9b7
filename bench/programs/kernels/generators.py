# Kernel: walking a binary tree in order through nested generators, then a pipeline of generators.
class Node:
    __slots__ = ("left", "value", "right")

    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self):
        if self.left is not None:
            yield from self.left
        yield self.value
        if self.right is not None:
            yield from self.right


def balanced(low, high):
    if low >= high:
        return None
    middle = (low + high) // 2
    return Node(balanced(low, middle), middle, balanced(middle + 1, high))


def evens(values):
    for v in values:
        if v % 2 == 0:
            yield v


def squares(values):
    for v in values:
        yield v * v


SIZE = 16_384  # recorded with 2_048 (bench/run.py)
tree = balanced(0, SIZE)
total = 0
for round_number in range(15):
    for value in tree:
        total += value
    total += sum(squares(evens(tree)))
print(total)
