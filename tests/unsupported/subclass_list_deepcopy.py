# unsupported: copy.copy line 9
import copy


class Stack(list):
    pass


c = copy.copy(Stack([1, 2]))
