# A failing unpacking marks its target
first, (second, third) = 1, 2
