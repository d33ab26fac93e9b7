# unsupported: reversed line 9
class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

print(list(reversed(Seq())))
