# unsupported: setrecursionlimit line 4
import sys

sys.setrecursionlimit(20)
