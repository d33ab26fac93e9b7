# re.Scanner
import re


def number(scanner, token):
    return ("NUM", int(token))


scanner = re.Scanner([
    (r"\d+", number),
    (r"[a-z]+", lambda s, t: ("NAME", t)),
    (r"[-+*/=]", "OP"),
    (r"\s+", None),
])
tokens, rest = scanner.scan("x = 12 + y2 * 3 ?!")
print(tokens)
print(repr(rest))
print(scanner.scan(""))
print(re.Scanner([(r"a*", "A")]).scan("b"))
print(re.Scanner([(r"A", "A")], re.I).scan("aAb"))
