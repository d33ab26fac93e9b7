# In a nested expression only the failing operation is marked, its operands with ~
total = 1 + 2 * "ab" - 3
