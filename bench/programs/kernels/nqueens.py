# Kernel: every placement of n queens found by backtracking, as a generator of tuples (sets, recursion).
def placements(n):
    columns = []
    used_columns = set()
    used_rising = set()
    used_falling = set()

    def place(row):
        if row == n:
            yield tuple(columns)
            return
        for column in range(n):
            rising, falling = row + column, row - column
            if column in used_columns or rising in used_rising or falling in used_falling:
                continue
            columns.append(column)
            used_columns.add(column)
            used_rising.add(rising)
            used_falling.add(falling)
            yield from place(row + 1)
            columns.pop()
            used_columns.remove(column)
            used_rising.remove(rising)
            used_falling.remove(falling)

    return place(0)


SIZE = 11  # recorded with 10 (bench/run.py)
solutions = list(placements(SIZE))
print(len(solutions), solutions[0], solutions[-1])
print(sum(sum(i * c for i, c in enumerate(s)) for s in solutions))
