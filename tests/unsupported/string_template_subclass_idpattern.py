# unsupported: idpattern line 5
from string import Template


class Dotted(Template):
    idpattern = r"[a-z][._a-z0-9]*"
