# unsupported: WeakValueDictionary line 4
import weakref

cache = weakref.WeakValueDictionary()
