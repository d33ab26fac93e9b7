# input() reads any unicode text
word = input()
print(len(word), word)
