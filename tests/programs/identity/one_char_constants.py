# a one-character constant is the cached character chr() returns, except for some one-letter names
chars = ["g", "u", "z", "A", "G", "Z", "7", "!", " ", "\n", "é", "ÿ", "a", "x", "B", "_", "Ā"]
for k in chars:
    print(repr(k), k is chr(ord(k)))
word = "xg"
first = word[0]
last = word[1]
folded_x = "xg"[0]
folded_g = "xg"[1]
print(first is folded_x, last is folded_g)
