# re: atomic groups (?>...)
import re

# An atomic group keeps what it matched first: the b cannot be given back to the b after it.
print(re.match(r"(?>a+)b", "aab"))
print(re.match(r"(?>a|ab)c", "abc"))
print(re.match(r"(?:a|ab)c", "abc"))
found = re.search(r"x(?>(\d+))\d", "x123 x45")
print(found, found.groups() if found else None)
print(re.findall(r"(?>\w+)-", "ab-cd ef-"))
print(re.fullmatch(r"(?>(a)|b)+", "abab").group(0, 1))
try:
    re.compile(r"(?>a")
except re.error as e:
    print("error:", e)
