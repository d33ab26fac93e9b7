# unsupported: defining line 2
class Sized(list):
    def __len__(self):
        return 0


print(len(Sized([1, 2])))
