# pprint.pp passes its keywords on to pprint, which rejects one it does not know
import pprint

pprint.pp([1, 2], colour=True)
