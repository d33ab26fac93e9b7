# pprint breaks a dataclass object that does not fit into one field per line
import pprint
from dataclasses import dataclass, field


@dataclass
class Student:
    name: str
    grades: list
    notes: str = field(default="", repr=False)


@dataclass
class Course:
    title: str
    students: list


course = Course("Algorithms", [Student("Ada", [90, 85, 77]), Student("Linus", [60, 70, 80, 90])])
pprint.pprint(course)
pprint.pprint(course, width=40)
pprint.pprint(Student("Grace", [1]))
