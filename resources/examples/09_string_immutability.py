# Strings are immutable
word = "cat"
other = word
word = word + "s"
print(word, other)
shout = word.upper()
print(shout)
