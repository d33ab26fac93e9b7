# obj.f made twice is two objects but equal (same self, same function), and one dict key.
class Counter:
    def tick(self):
        return 1


c = Counter()
first = c.tick
second = c.tick
print(first == second, first is second, first != second, c.tick == Counter().tick)
handlers = {first: "tick"}
print(handlers[second], second in {first}, hash(first) == hash(second))
items = []
print(items.append == items.append, items.append == [].append, len == len)
