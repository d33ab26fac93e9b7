# type aliases bound to names are used in annotations, which keep the very same objects
Point = tuple[float, float]
Path = list[Point]


def length(path: Path, closed: bool | None = None) -> float:
    return float(len(path))


print(length.__annotations__)
print(length.__annotations__["path"] is Path, length([(0.0, 0.0), (1.0, 1.0)]))
