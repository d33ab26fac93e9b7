# random's functions kept in variables: methods of one Random object, with random.py's parameters and defaults
import random

pick = random.randrange
spread = random.gauss
again = random.randrange
random.seed(3)
print(pick(10), pick(0, 100, 5), round(spread(), 6), again is pick)
