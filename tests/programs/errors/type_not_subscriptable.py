# only generic builtin types can be subscripted: int[str] is a TypeError
Numbers = list[int]
Bad = int[str]
