# str.upper() and friends over 200 million characters
s = 'ab' * 10**8
print(len(s.upper()), len(s.lower()), len(s.upper()), len(s.lower()), len(s.swapcase()), len(s.title()))
