# an Enum's _missing_ classmethod answers a value no member has, or None for the ValueError
from enum import Enum


class Answer(Enum):
    YES = "y"
    NO = "n"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            lowered = value.lower()
            for member in cls:
                if member.value == lowered:
                    return member
        return None


print(Answer("Y"), Answer("n") is Answer.NO)
try:
    Answer("maybe")
except ValueError as e:
    print("ValueError:", e)


class Broken(Enum):
    ONE = 1

    @classmethod
    def _missing_(cls, value):
        return value


try:
    Broken(2)
except TypeError as e:
    print("TypeError:", e)
