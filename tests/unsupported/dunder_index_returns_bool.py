# unsupported: __index__ line 7
class Flag:
    def __index__(self):
        return True


print([1, 2][Flag()])
