# Names exec binds point at objects like any others: two names, one list
items = []
exec("alias = items\nalias.append(1)\nfresh = list(items)\nexec('alias.append(2)')")
print(alias is items, fresh is items, items, fresh)
