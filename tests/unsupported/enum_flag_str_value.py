# unsupported: Flag line 5
from enum import Flag


class Mode(Flag):
    READ = "r"
