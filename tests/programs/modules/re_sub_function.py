# re.sub with a function: each match is passed to the program's function, whose steps show
import re


def double(m):
    n = int(m.group())
    return str(n * 2)


def shout(m):
    word = m.group(1)
    if len(word) > 3:
        return word.upper()
    return None


print(re.sub(r"\d+", double, "3 apples and 12 pears"))
print(re.sub(r"(\w+)", shout, "the quick brown fox"))
print(re.subn(r"\d", lambda m: "#", "a1b2c3"))
