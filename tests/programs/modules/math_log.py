# log with and without a base, log2, log10, and logs of huge ints
import math
print(math.log(math.e), math.log(8, 2), math.log(1000, 10))
print(math.log2(1024), math.log10(0.001))
print(math.log(10 ** 400))
