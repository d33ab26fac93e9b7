# randint with a > b is an empty range
import random
random.randint(5, 1)
