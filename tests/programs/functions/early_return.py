# return leaves the function at once
def sign(n):
    if n < 0:
        return -1
    if n == 0:
        return 0
    return 1

print(sign(-4), sign(0), sign(9))
