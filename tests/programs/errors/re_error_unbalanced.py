# an unbalanced parenthesis in a pattern raises re.error, uncaught
import re

words = re.findall(r"(\w+", "some words")
print(words)
