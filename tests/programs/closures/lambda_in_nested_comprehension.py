# a lambda in an inner comprehension reads the outer comprehension's variable through its cell
grid = [[lambda: (row, col) for col in range(2)] for row in range(2)]
print([[cell() for cell in line] for line in grid])
