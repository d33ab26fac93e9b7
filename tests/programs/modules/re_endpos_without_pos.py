# A compiled pattern's search, match, fullmatch, findall and finditer given endpos by keyword without pos: the window still ends there
import re

digits = re.compile(r"\d+")
text = "ab12cd345"
print(digits.search(text, endpos=3))
print(digits.search(text, endpos=4))
print(digits.match("123abc", endpos=2))
print(digits.fullmatch("123abc", endpos=3))
print(digits.findall(text, endpos=7))
print([m.span() for m in digits.finditer(text, endpos=8)])
print(digits.search(text, pos=5, endpos=7))
found = digits.search(string=text, endpos=6)
print(found.group(), found.span())
