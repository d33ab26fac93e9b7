# __str__ must return a str
class Weird:
    def __str__(self):
        return 42

print(Weird())
