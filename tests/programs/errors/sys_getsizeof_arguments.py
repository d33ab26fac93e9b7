# sys.getsizeof takes at most two arguments
import sys

print(sys.getsizeof(1, default=2))
sys.getsizeof(1, 2, 3)
