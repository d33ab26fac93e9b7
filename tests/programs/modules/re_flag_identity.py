# Combined re flags are made once per value: the same object each time, drawn as RegexFlag objects
import re

a = re.I | re.M
b = re.M | re.I
c = ~re.I
d = ~re.I
kept = [a, re.I, c]
print(a is b, c is d, (a & re.I) is re.I, (a ^ re.M) is re.IGNORECASE)
print(kept)
