# patterns nest: sequences inside mappings inside class patterns, matched depth first
class Order:
    __match_args__ = ("customer", "items")

    def __init__(self, customer, items):
        self.customer = customer
        self.items = items


def summary(order):
    match order:
        case Order({"name": name}, []):
            return f"{name} ordered nothing"
        case Order({"name": name, "vip": True}, [(item, qty)]):
            return f"VIP {name}: {qty} x {item}"
        case Order({"name": name}, [(first, _), *others]):
            return f"{name}: {first} and {len(others)} more"
    return "unreadable order"


print(summary(Order({"name": "Ada"}, [])))
print(summary(Order({"name": "Bob", "vip": True}, [("tea", 2)])))
print(summary(Order({"name": "Cy"}, [("jam", 1), ("bread", 2), ("milk", 1)])))
print(summary(Order({}, [])))
