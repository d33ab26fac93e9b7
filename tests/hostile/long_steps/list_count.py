# list.count() over three million items, each a 100 000-character comparison
s = 'a' * 10**5
x = [s + 'c'] * 3 * 10**6
print(x.count(s + 'b'))
