# bisect on a list subclass: it reads items through the class's __getitem__ and insort calls its insert
import bisect


class Scores(list):
    def __getitem__(self, i):
        return super().__getitem__(i)

    def insert(self, i, x):
        print("insert", x, "at", i)
        super().insert(i, x)


s = Scores([10, 20, 30])
print(bisect.bisect(s, 25))
bisect.insort(s, 15)
print(s)
