# a WeakKeyDictionary attaches data to objects without keeping them: an entry goes with its key
import weakref


class Student:
    def __init__(self, name):
        self.name = name


grades = weakref.WeakKeyDictionary()
ann = Student("ann")
bob = Student("bob")
grades[ann] = 90
grades[bob] = 75
grades[Student("ghost")] = 10
print(len(grades), grades[ann], grades.get(bob), ann in grades, 3 in grades)
print(sorted(s.name for s in grades), sorted(grades.values()))
bob = None
print(len(grades), [(s.name, g) for s, g in grades.items()])
