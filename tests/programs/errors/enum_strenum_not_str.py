# enum.StrEnum: not str
from enum import StrEnum


class Port(StrEnum):
    HTTP = "http"
    SSH = 22
