# @staticmethod needs no instance; @classmethod receives the class
class Pizza:
    count = 0

    def __init__(self, size):
        self.size = size
        Pizza.count += 1

    @staticmethod
    def is_valid(size):
        return size > 0

    @classmethod
    def large(cls):
        return cls(40)

p = Pizza.large()
print(p.size, Pizza.is_valid(-1), Pizza.count)
print(p.is_valid(3))
