# a one-character string constant is not the cached character that indexing returns
word = "xyz"
c = word[0]
k = "x"
print(c == k, c is k)
