# reversed() of an instance with __getitem__ but no __len__
class Items:
    def __getitem__(self, i):
        return i


reversed(Items())
