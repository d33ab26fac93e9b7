# A statement that covers its line is not marked, but a trailing comment makes it marked
x = 1
x += "a"  # adding text to a number
