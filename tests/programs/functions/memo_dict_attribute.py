# a memo cache kept on the function itself: fib.cache is a dict the function fills
def fib(n):
    if n in fib.cache:
        return fib.cache[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    fib.cache[n] = result
    return result


fib.cache = {}
print(fib(6))
print(sorted(fib.cache.items()))
