# an instance list attribute vs a shared class list
class Student:
    school_clubs = []

    def __init__(self, name):
        self.name = name
        self.grades = []

s1 = Student("a")
s2 = Student("b")
s1.grades.append(90)
s1.school_clubs.append("chess")
print(s2.grades, s2.school_clubs)
