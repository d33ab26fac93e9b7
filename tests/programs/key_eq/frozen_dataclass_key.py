# Frozen dataclasses (and eq=True, unsafe_hash=True ones) as dict keys and set items: their
# generated __eq__ and __hash__ compare and hash the fields.
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    row: int
    col: int


@dataclass(eq=True, unsafe_hash=True)
class Tag:
    name: str


seen = {Cell(0, 0), Cell(0, 1), Cell(0, 0)}
print(len(seen), Cell(0, 1) in seen, Cell(1, 1) in seen)
dist = {Cell(0, 0): 0}
dist[Cell(0, 1)] = dist[Cell(0, 0)] + 1
print(dist)
tags = {Tag("a"): 1}
tags[Tag("a")] += 1
print(tags, hash(Cell(0, 0)) == hash((0, 0)))
