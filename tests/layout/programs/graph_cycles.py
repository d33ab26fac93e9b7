# A directed graph as an adjacency dict with cycles, searched depth first.
graph = {
    "a": ["b", "c"],
    "b": ["c", "a"],
    "c": ["d"],
    "d": ["b", "a"],
}
seen = []
stack = ["a"]
while stack:
    node = stack.pop()
    if node in seen:
        continue
    seen.append(node)
    for neighbour in graph[node]:
        stack.append(neighbour)
print(seen)
