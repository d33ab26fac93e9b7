# reversed() checks what __len__ returns
class Odd:
    def __len__(self):
        return -1

    def __getitem__(self, i):
        return i


reversed(Odd())
