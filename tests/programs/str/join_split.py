# join builds a new string from a list of strings
words = ["a", "b", "c"]
print("-".join(words), "".join(reversed(words)), ", ".join(str(n) for n in range(3)))
