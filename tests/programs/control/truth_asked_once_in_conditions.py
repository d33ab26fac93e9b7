# an object's __bool__ runs once per test in if, while, assert, a ternary and a comprehension's if, however and/or/not combine
class Flag:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __bool__(self):
        print("bool of", self.name)
        return self.value


yes = Flag("yes", True)
no = Flag("no", False)
if yes or no:
    print("if")
while no and yes:
    pass
if not (yes and yes):
    pass
print("ternary", 1 if no or yes else 2)
assert yes or no
picked = [i for i in range(2) if no or yes]
value = yes and no
print(picked, value is no)
