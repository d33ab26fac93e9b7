# join() glues strings with a separator
words = ["one", "two", "three"]
s = "-".join(words)
print(s)
