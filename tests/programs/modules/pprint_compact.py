# pprint's compact=True fills each line with as many items as fit
import pprint

numbers = list(range(100, 160))
pprint.pprint(numbers, compact=True)
pprint.pprint(numbers, compact=True, width=40)
words = ["spam", "eggs", "ham", "bacon"] * 6
pprint.pprint(words, compact=True, width=50)
pprint.pprint([list(range(10)), list(range(25))], compact=True, width=30)
