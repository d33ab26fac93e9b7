# a set subclass with its own methods; the set's operators give plain sets
class Tags(set):
    def add_all(self, *items):
        self.update(items)

    def has_all(self, *items):
        return all(i in self for i in items)


t = Tags()
t.add_all(3, 1, 2)
print(t, len(t), 2 in t)
print(t.has_all(1, 2), t.has_all(1, 9))
both = t | {4}
print(type(both).__name__, both)
same = t.copy()
print(type(same).__name__, type(t - {1}).__name__, type(t & {1}).__name__)
t |= {5}
print(type(t).__name__, t, isinstance(t, set))
