# An inner function that calls itself through its own closure cell
def countdown_list(n):
    def go(k):
        if k == 0:
            return []
        return [k] + go(k - 1)

    return go(n)


print(countdown_list(3))
