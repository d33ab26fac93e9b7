# pprint splits a long string into pieces at word boundaries, in parentheses at the top level
import pprint

text = "the quick brown fox jumps over the lazy dog " * 4
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint({"poem": "roses are red\nviolets are blue\nsugar is sweet and so are you"}, width=25)
pprint.pprint(["a" * 100])
pprint.pprint("short")
pprint.pprint("")
