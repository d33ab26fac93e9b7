from enum import Flag


class Mode(Flag):
    READ = "r"
