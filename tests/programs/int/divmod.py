# divmod returns a tuple of quotient and remainder
q = divmod(17, 5)
print(q)
