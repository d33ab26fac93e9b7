# a PrettyPrinter keeps its settings for every call of its pprint and pformat
import pprint

printer = pprint.PrettyPrinter(indent=2, width=30, sort_dicts=False)
inventory = {"pears": 3, "apples": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "kiwis": ("a", "b")}
printer.pprint(inventory)
text = printer.pformat(inventory)
print(text.count("\n"))
print(printer.isreadable(inventory))
print(printer.isrecursive(inventory))
narrow = pprint.PrettyPrinter(width=10, compact=True)
narrow.pprint(list(range(12)))
