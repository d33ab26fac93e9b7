# namedtuple() needs both the type name and the field names
from collections import namedtuple

Point = namedtuple("Point")
