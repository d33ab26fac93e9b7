# namedtuple refuses a field name that starts with an underscore
from collections import namedtuple

Row = namedtuple("Row", "id _secret")
