# \w, \d and \s follow Unicode for str patterns; re.ASCII and IGNORECASE beyond ASCII
import re

text = "naïve café — ٣ apples, 4 pears\u00a0ok"
print(re.findall(r"\w+", text))
print(re.findall(r"\d", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\s", text))
print(re.findall(r"straße", "STRASSE Straße", re.IGNORECASE))
print(re.findall(r"[à-ÿ]+", "Où ça? À côté"))
print(re.findall(r"é", "É é", re.I))
m = re.search(r"(\w+)é", "le thé")
print(m, m.span())
print(re.sub(r"[aeiouy]", "*", "Émile Zola", flags=re.I))
print(re.escape("1+1=2? (maybe) a.b*c"), re.escape("naïve"))
