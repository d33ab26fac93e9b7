# a matrix of floats and a table of rows pretty-printed at several widths
import pprint

matrix = [[round((r + 1) / (c + 1), 3) for c in range(6)] for r in range(6)]
pprint.pprint(matrix)
pprint.pprint(matrix, width=50)
table = [("name", "age", "city"), ("Alice", 31, "Paris"), ("Bob", 27, "Lisbon"), ("Chen", 45, "Taipei")]
pprint.pprint(table, width=35)
pprint.pprint({"rows": table, "count": len(table)}, width=45, indent=3)
