# str.find's start must be an int or None: a str start is a TypeError about slice indices
text = "banana"
where = text.find("an", "1")
