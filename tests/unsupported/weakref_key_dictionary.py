# unsupported: WeakKeyDictionary line 4
import weakref

seen = weakref.WeakKeyDictionary()
