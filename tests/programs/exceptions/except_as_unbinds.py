# the name bound by `except ... as e` is deleted when the handler ends
try:
    int("abc")
except ValueError as e:
    message = str(e)
    print(message)
print(message.upper())
