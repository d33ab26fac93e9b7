# pprint of a long nested list breaks it one item per line at width 80, as python3 does
import pprint

rows = [list(range(i, i + 12)) for i in range(0, 60, 12)]
pprint.pprint(rows)
pprint.pprint([["alpha", "beta"], ["gamma", "delta"], list(range(30))])
pprint.pprint([1, 2, 3])
