# enum.Flag: str value
from enum import Flag


class Mode(Flag):
    READ = "r"
