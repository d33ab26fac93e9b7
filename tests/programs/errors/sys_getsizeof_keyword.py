# sys.getsizeof names its arguments object and default
import sys

print(sys.getsizeof(object=5))
sys.getsizeof(5, size=1)
