# Library code asking a list subclass's __len__: bisect, random, bytes() and bytearray.extend
import bisect
import random


class Counted(list):
    def __len__(self):
        print("len of", self)
        return super().__len__()


marks = Counted([10, 20, 30, 40])
print(bisect.bisect(marks, 25))
random.seed(7)
print(random.choice(marks))
random.shuffle(marks)
print(random.sample(marks, 2), random.choices(marks, k=2))
print(bytes(Counted([65, 66])), bytearray(Counted([67])))
buf = bytearray()
buf.extend(Counted([68]))
print(buf)
