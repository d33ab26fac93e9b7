# unsupported: defining line 7
class Sized:
    def __len__(self):
        return 0


class Bag(Sized, list):
    pass


print(len(Bag([1, 2])))
