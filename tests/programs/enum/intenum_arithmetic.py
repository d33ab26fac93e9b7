# enum.IntEnum: arithmetic
from enum import IntEnum


class Level(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3


total = Level.LOW + Level.HIGH
doubled = Level.MID * 2
names = ["zero", "one", "two", "three"]
picked = names[Level.MID]
print(total, doubled, picked, int(Level.HIGH), -Level.LOW)
print(Level.LOW < Level.HIGH, Level.MID == 2, Level.MID > 1, sorted([Level.HIGH, 0, Level.LOW]))
labels = {1: "low", 3: "high"}
print(labels[Level.LOW], Level.HIGH in {3}, hash(Level.MID) == hash(2))
print(isinstance(Level.LOW, int), type(Level.LOW + 0))
