# Recursion with a list: factorial on the way, Fibonacci numbers memoised in a list.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n, memo):
    if memo[n] is not None:
        return memo[n]
    result = fib(n - 1, memo) + fib(n - 2, memo)
    memo[n] = result
    return result


memo = [0, 1, None, None, None, None]
print(factorial(4), fib(5, memo))
