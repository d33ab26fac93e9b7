# unsupported: Template line 3
from string import Template
class Percent(Template):
    delimiter = "%"
print(Percent("%x").substitute(x=1))
