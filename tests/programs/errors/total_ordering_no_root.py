# total_ordering needs one of < > <= >= to start from
from functools import total_ordering


@total_ordering
class Plain:
    pass
