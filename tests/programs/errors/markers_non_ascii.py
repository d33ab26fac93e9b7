# Columns are UTF-8 bytes in CPython, drawn as characters: the markers end under "thé"'s bracket
prix = {"café": 2, "thé": 1}
message = "la note: " + prix["thé"]
