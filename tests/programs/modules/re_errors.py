# re.error for a bad pattern: its message, position and attributes, caught by the program
import re

for pattern in ["(a", "a)", "*a", "a**", "[a-", "x{3,1}", r"\q", "(?P<1>a)", r"(a)\2",
                "(?<=a+)b", "a|*", "(?z)", "a\n(b"]:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), "->", e)
        print("  ", e.msg, e.pos, e.lineno, e.colno)
try:
    re.sub("(a)", r"\3", "a")
except re.error as e:
    print("template:", e)
try:
    re.match(r"(a)", "a").group(3)
except IndexError as e:
    print("IndexError:", e)
try:
    re.sub("(a)", r"\g<nope>", "a")
except IndexError as e:
    print("IndexError:", e)
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError:", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError:", e)
