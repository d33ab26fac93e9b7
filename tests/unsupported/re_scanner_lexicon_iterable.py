# unsupported: lexicon line 5
import re

rules = {(r"\d+", lambda s, t: int(t)), (r"\s+", None)}
scanner = re.Scanner(sorted(rules, key=lambda r: r[0]).__iter__())
