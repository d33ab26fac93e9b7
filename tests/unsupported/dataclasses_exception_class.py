# unsupported: exception line 5
from dataclasses import dataclass


@dataclass
class BadInput(Exception):
    field_name: str
