# bisect and insort with key= call the key on the list's items
from bisect import bisect_left, insort


def age(person):
    return person[1]


people = [("ann", 20), ("bob", 30), ("cy", 40)]
print(bisect_left(people, 30, key=age))
insort(people, ("dee", 35), key=age)
print(people)
