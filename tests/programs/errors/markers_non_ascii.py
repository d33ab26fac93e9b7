# Columns are UTF-8 bytes in CPython, drawn as characters (and wide ones as two columns)
prix = {"café": 2, "thé": 1}
message = "日本" + prix["thé"] + 1
