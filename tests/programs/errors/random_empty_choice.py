# choice from an empty list raises IndexError
import random
random.choice([])
