# sort with a key function
words = ["ccc", "a", "bb"]
words.sort(key=len)
print(words)
