# a deque as the queue of a breadth-first search: popleft takes the oldest entry
from collections import deque

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": []}
seen = ["a"]
queue = deque(["a"])
while queue:
    node = queue.popleft()
    for nxt in graph[node]:
        if nxt not in seen:
            seen.append(nxt)
            queue.append(nxt)
print(seen)
