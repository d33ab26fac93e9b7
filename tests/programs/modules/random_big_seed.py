# seeds of any size (and negative seeds, which use abs) feed the whole int to the generator
import random
random.seed(-12345678901234567890)
x = random.random()
random.seed(12345678901234567890)
print(x == random.random(), random.getrandbits(70))
