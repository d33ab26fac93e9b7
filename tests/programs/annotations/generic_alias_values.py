# list[int], tuple[float, float], dict[str, int] are GenericAlias objects: values with a repr
Point = tuple[float, float]
Grid = list[list[int]]
Scores = dict[str, "int"]
print(Point, Grid, Scores, tuple[()], tuple[int, ...])
print(type(Point).__name__, Point.__origin__, Point.__args__)
print(Point == tuple[float, float], Point == tuple[int, int])
aliases = {Point: "point", Grid: "grid"}
print(aliases[tuple[float, float]])
print(f"{Point}", str(Grid), [Scores], "%s" % (int | None,))
