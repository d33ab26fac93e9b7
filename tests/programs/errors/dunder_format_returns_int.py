# A __format__ that returns an int: the f-string fails
class Code:
    def __format__(self, spec):
        return 42


print(f"code {Code()}")
