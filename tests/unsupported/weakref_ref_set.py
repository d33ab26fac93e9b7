# unsupported: 'set' line 5
import weakref

seen = {1, 2}
ref = weakref.ref(seen)
