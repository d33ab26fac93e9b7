# reversed() stops quietly when __getitem__ raises IndexError
class Short:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i == 0:
            raise IndexError(i)
        return i * 10


print(list(reversed(Short())))
print(next(reversed(Short()), "done"))
