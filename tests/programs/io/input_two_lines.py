# each input() call reads the next line
a = input()
b = input()
print(b, a)
