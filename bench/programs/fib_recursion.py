# Recursion: fib(25), twenty times; each makes 242,785 calls.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for _ in range(20):
    print(fib(25))
