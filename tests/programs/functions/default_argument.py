# a parameter with a default value
def power(base, exp=2):
    return base ** exp

print(power(3), power(3, 3))
