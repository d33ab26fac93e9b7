# an adjacency list of a graph and a dict of lists of tuples printed by pprint
import pprint

graph = {
    "A": ["B", "C", "D"],
    "B": ["A", "E"],
    "C": ["A", "F", "G"],
    "D": ["A"],
    "E": ["B", "H"],
    "F": ["C"],
    "G": ["C", "H"],
    "H": ["E", "G"],
}
pprint.pprint(graph)
pprint.pprint(graph, width=40)
edges = {node: [(node, other, len(node + other)) for other in sorted(near)] for node, near in graph.items()}
pprint.pprint(edges)
