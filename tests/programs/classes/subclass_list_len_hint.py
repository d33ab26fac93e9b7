# list(), tuple(), sorted(), * and extend ask a list subclass's __len__ for a length hint
class Loud(list):
    def __len__(self):
        print("len asked")
        return super().__len__()


bag = Loud([3, 1, 2])
copy = list(bag)
print(tuple(bag))
print(sorted(bag))
print([*bag], (*bag,))
copy.extend(bag)
copy += bag
print(copy)
print(max(bag), sum(bag), bag == [3, 1, 2])
for x in bag:
    print(x)
print(*bag)
print(0, *bag, sep="-")
