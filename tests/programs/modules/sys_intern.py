# sys.intern returns the one interned str of a value: the literal's object when the program has
# one, else the very str it was given, kept for later calls; only a str can be interned
import sys

word = "".join(["al", "pha"])
kept = sys.intern(word)
again = sys.intern("".join(["alp", "ha"]))
literal = "alpha"
spaced = "".join(["a b", " c"])
spaced_kept = sys.intern(spaced)
spaced_again = sys.intern("".join(["a ", "b c"]))
print(kept is literal, word is literal, again is literal, spaced_kept is spaced, spaced_again is spaced)
for bad in (3, b"x", None):
    try:
        sys.intern(bad)
    except TypeError as err:
        print(err)
try:
    sys.intern()
except TypeError as err:
    print(err)
try:
    sys.intern(s="x")
except TypeError as err:
    print(err)
