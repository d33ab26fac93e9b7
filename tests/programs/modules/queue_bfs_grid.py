# breadth-first search on a grid with a queue.Queue: the frontier is a FIFO of (row, col) cells
import queue

grid = ["..#.",
        ".##.",
        "...."]
start = (0, 0)
dist = {start: 0}
frontier = queue.Queue()
frontier.put(start)
while not frontier.empty():
    row, col = frontier.get()
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        r, c = row + dr, col + dc
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == "." \
                and (r, c) not in dist:
            dist[(r, c)] = dist[(row, col)] + 1
            frontier.put((r, c))
print(dist[(0, 3)], len(dist), frontier.qsize())
