# `in` scanning three million list items, each a 100 000-character comparison
s = 'a' * 10**5
x = [s + 'c'] * 3 * 10**6
print(s + 'b' in x)
