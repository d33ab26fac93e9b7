# 'ab' * 2 is folded into the constant 'abab'
a = "ab" * 2
b = "abab"
print(a is b)
