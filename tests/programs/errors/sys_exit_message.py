# sys.exit("text") ends the program printing the text (on stderr), without a traceback
import sys


def check(values):
    for v in values:
        if v < 0:
            sys.exit(f"negative value: {v}")
    return sum(values)


print(check([1, 2, 3]))
print(check([4, -1, 5]))
