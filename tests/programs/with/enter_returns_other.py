# with: the `as` name is bound to whatever __enter__ returns, not to the manager itself
class Opener:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("open")
        return [1, 2, 3]

    def __exit__(self, *args):
        self.log.append("close")


opener = Opener()
with opener as items:
    items.append(4)
print(items, opener.log)
with Opener():
    print("no target")
