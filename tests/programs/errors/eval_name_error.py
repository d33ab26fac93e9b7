# A name the evaluated text reads must exist: NameError from inside eval
total = 3
eval("total + missing")
