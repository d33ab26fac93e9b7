# An endless loop: the step limit ends it.
while True:
    pass
