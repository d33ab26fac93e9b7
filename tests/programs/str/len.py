# len counts characters
s = "hello world"
n = len(s)
print(n)
