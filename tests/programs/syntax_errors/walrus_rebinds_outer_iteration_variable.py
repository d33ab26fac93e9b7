# SyntaxError for := in a comprehension: rebinds outer iteration variable
grid = [[total := 1 for j in range(2)] for total in range(3)]
