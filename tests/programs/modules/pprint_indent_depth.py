# pprint's indent widens each nesting level, and depth hides what lies deeper as [...] and {...}
import pprint

tree = {"root": {"left": {"leaf": [1, 2, [3, 4]]}, "right": [5, [6, [7, [8]]]]}}
pprint.pprint(tree, indent=4, width=30)
pprint.pprint(tree, depth=2)
pprint.pprint(tree, depth=3, width=25)
pprint.pprint([1, [2, [3, [4, [5]]]]], depth=3)
pprint.pprint((1, (2, (3,))), depth=1)
