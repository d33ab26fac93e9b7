# A graph as a dict of adjacency lists, then a breadth-first walk over it.
n = 5000
graph = {}
for v in range(n):
    graph[v] = [(v + 1) % n, (v * 7 + 3) % n]
seen = {0}
frontier = [0]
while frontier:
    nxt = []
    for v in frontier:
        for w in graph[v]:
            if w not in seen:
                seen.add(w)
                nxt.append(w)
    frontier = nxt
print(len(seen))
