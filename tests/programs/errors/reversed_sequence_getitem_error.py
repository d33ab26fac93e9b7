# an error other than IndexError from __getitem__ reaches the loop
class Broken:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return {}[i]


for x in reversed(Broken()):
    print(x)
