# from random import randint binds a bound method of random's hidden Random object, the very object random.randint is
import random
from random import randint, choice, random as rnd

random.seed(7)
print(randint(1, 6), choice("abc"), round(rnd(), 6))
print(type(randint).__name__, type(rnd).__name__, randint is random.randint)
print(type(randint.__self__).__name__, randint.__self__ is choice.__self__)
