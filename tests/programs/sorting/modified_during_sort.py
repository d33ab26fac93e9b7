# A __lt__ that appends to the list being sorted: it looks empty, and the sort then fails
class Key:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if len(numbers) == 0:
            numbers.append(self)
        return self.v < other.v


numbers = [Key((i * 13) % 70) for i in range(70)]
try:
    numbers.sort()
except ValueError as e:
    print(e)
print(len(numbers), [k.v for k in numbers[:6]])
