# max() consuming a map() over 10**12 items
print(max(map(abs, range(10**12))))
