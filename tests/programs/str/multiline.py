# a triple-quoted string spans lines
text = """first
second"""
print(text)
