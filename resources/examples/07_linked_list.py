# Linked list made of dicts
head = None
for value in [3, 2, 1]:
    head = {"value": value, "next": head}

node = head
while node is not None:
    print(node["value"])
    node = node["next"]
