# Mutable default argument
def add_item(item, box=[]):
    box.append(item)
    return box

a = add_item("apple")
b = add_item("pear")
print(a)
print(a is b)
