# A __bytes__ that returns an int: bytes() refuses it
class Blob:
    def __bytes__(self):
        return 7


print(bytes(Blob()))
