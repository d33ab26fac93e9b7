# setrecursionlimit moves the depth at which RecursionError comes, down and up again
import sys


def down(n):
    return 0 if n == 0 else 1 + down(n - 1)


print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
print(sys.getrecursionlimit(), down(60))
try:
    down(120)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(200)
print(down(120))
for bad in [2.5, "10", 0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
