# unsupported: getsizeof line 8
import sys


class Node:
    pass

print(sys.getsizeof(Node))
