# sorted() with reverse=True
print(sorted("cab", reverse=True))
