# str.find() of a 100 001-character needle in ten million characters: 10**12 comparisons
s = 'a' * 10**7
print(s.find('a' * 10**5 + 'b'))
