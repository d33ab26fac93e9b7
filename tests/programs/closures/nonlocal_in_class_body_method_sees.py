# a method reads the variable the class body rebound through nonlocal
def make():
    label = "old"

    class Tag:
        nonlocal label
        label = "new"

        def show(self):
            return label

    print(Tag().show(), label)
    label = "later"
    print(Tag().show())


make()
