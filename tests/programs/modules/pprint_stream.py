# pprint writes to a stream object piece by piece: io.StringIO and a class with write()
import io
import pprint
import sys


class Recorder:
    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)


buffer = io.StringIO()
pprint.pprint({"a": list(range(20)), "b": "x"}, stream=buffer, width=30)
print(buffer.getvalue())
recorder = Recorder()
pprint.pprint([1, [2, 3]], recorder, width=8)
print(recorder.pieces)
pprint.pprint("to stdout", stream=sys.stdout)
