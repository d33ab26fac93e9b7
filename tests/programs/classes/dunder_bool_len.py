# truth value: __bool__ first, then __len__, else always true
class Empty:
    def __len__(self):
        return 0

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

class Plain:
    pass

print(bool(Empty()), len(Empty()))
if Flag(True):
    print("on")
if not Flag(False):
    print("off")
print(bool(Plain()))
