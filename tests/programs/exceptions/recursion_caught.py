# a RecursionError at CPython's default depth can be caught, and the program goes on
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("caught:", e)
print("still running")
