# a lone delimiter of a Template subclass raises ValueError naming its line and column
from string import Template


class Percent(Template):
    delimiter = "%"


t = Percent("line one\nscore: 5%!")
print(t.substitute())
