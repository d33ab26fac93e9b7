# unsupported: sys.getsizeof of a 'type' object line 8
import sys


class Node:
    pass

print(sys.getsizeof(Node))
