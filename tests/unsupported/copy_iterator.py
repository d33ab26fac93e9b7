# unsupported: list_iterator line 5
import copy

items = iter([1, 2, 3])
later = copy.copy(items)
print(next(items), next(later))
