# a list cannot be referred to weakly
import weakref

weakref.ref([1, 2])
