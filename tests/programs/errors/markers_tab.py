# A tab-indented line: the markers follow the stripped line
if True:
	value = 1 / 0
