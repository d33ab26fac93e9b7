# format_map reads fields from a mapping
d = {"who": "world", "n": 3}
print("hello {who} x{n}".format_map(d))
