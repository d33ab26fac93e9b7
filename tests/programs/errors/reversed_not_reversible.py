# reversed() of an instance with __len__ only
class Sized:
    def __len__(self):
        return 2


reversed(Sized())
