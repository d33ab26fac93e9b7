# itemgetter and attrgetter make key functions; methodcaller calls a method by name
from operator import attrgetter, itemgetter, methodcaller


class Pet:
    def __init__(self, name, age):
        self.name = name
        self.age = age


records = [("bob", 30), ("ann", 25), ("cy", 35)]
print(sorted(records, key=itemgetter(1)), itemgetter(0, 1)(records[0]))
pets = [Pet("rex", 3), Pet("tom", 1)]
youngest = min(pets, key=attrgetter("age"))
print(youngest is pets[1], attrgetter("name", "age")(pets[0]))
shout = methodcaller("upper")
print(list(map(shout, ["hi", "yo"])), methodcaller("split", ",")("a,b"))
print(itemgetter(1, "a"), attrgetter("age"), methodcaller("count", "a", start=1))
