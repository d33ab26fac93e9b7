# random.sample() of a list or str subclass defining __getitem__ reads population[j] through it when the population is large, and list(population) when it is small
import random


class Loud(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)


class Word(str):
    def __getitem__(self, i):
        print("char", i)
        return str.__getitem__(self, i)


random.seed(4)
small = Loud([1, 2, 3, 4])
print(random.sample(small, 2))
big = Loud(range(40))
print(random.sample(big, 3))
print(random.sample(Word("abcdefghijklmnopqrstuvwxyz"), 2))
print(random.sample(big, 2, counts=[1] * 40))
print(random.choice(big))
