# re: possessive quantifiers
import re

# A possessive quantifier (new in 3.11) never gives back what it took.
print(re.findall(r"a++b", "aab ab b"))
print(re.match(r"a*+a", "aaa"))
print(re.match(r"a*a", "aaa"))
print(re.match(r"\d?+\d", "12"))
print(re.match(r"(?:ab)*+c", "ababc").group())
print(re.match(r"(?:ab)*+ab", "abab"))
print(re.fullmatch(r"x{1,2}+x", "xxx"))
print(re.sub(r"\s++", " ", "a   b \t c"))
for bad in [r"a*++", r"a{2}+*"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error:", e)
