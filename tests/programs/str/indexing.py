# indexing a string gives a one-character string
word = "python"
print(word[0], word[5])
