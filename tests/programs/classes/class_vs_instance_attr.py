# a class attribute is shared until an instance assignment shadows it
class Counter:
    count = 0

a = Counter()
b = Counter()
a.count = 5
print(a.count, b.count, Counter.count)
