# An error inside a called function marks the whole call in the caller's line
def halve(n):
    return n / 0


result = [halve(4), 2]
