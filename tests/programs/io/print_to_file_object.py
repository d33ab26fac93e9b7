# print(file=obj) calls obj.write with each piece (the text, the separators, the end), then flush.
class Log:
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def flush(self):
        self.pieces.append("<flush>")


log = Log()
print("a", 1, sep="-", file=log)
print(file=log, end="!", flush=True)
print("to stdout", file=None)
print(log.pieces)
