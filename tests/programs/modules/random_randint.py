# randint and randrange with a seed give python3's numbers
import random
random.seed(2024)
print([random.randint(1, 6) for i in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(10, 0, -2))
