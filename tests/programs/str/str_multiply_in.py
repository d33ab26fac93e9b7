# repetition, membership and comparison of strings
s = "ab" * 3
print(s, "ba" in s, "abc" < "abd", "Z" < "a", "" in "x")
