# unsupported: stream line 11
import pprint


class Recorder:
    def write(self, text):
        pass


recorder = Recorder()
pprint.pprint([1, [2, 3]], recorder, width=8)
