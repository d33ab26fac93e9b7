# copy.copy and copy.deepcopy of an instance with no attributes, and of a class (returned as is)
import copy


class Empty:
    pass


e = Empty()
f = copy.copy(e)
g = copy.deepcopy(e)
print(f is e, g is e, type(f) is Empty, copy.copy(Empty) is Empty, copy.deepcopy(Empty) is Empty)
