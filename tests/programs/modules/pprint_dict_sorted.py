# pprint sorts a dict's keys (mixed types by type name), and pp keeps insertion order
import pprint

scores = {"zoe": 91, "adam": 78, "maria": [88, 92, 79], "bob": {"math": 70, "art": 95}}
pprint.pprint(scores)
pprint.pprint(scores, width=30)
pprint.pp(scores, width=30)
pprint.pprint(scores, width=30, sort_dicts=False)
mixed = {3: "three", "b": 2, 1: "one", "a": 1, (1, 2): "pair"}
pprint.pprint(mixed)
pprint.pprint(mixed, width=20)
