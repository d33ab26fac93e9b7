# A list subclass's __len__ returning a negative number: len() raises ValueError
class Odd(list):
    def __len__(self):
        return -1


print(len(Odd([1])))
