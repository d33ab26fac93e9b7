# None has nothing near
value = None
value.append(1)
