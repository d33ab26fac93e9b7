# unsupported: __deepcopy__ line 10
import copy


class Keep:
    def __deepcopy__(self, memo):
        return self


k = copy.deepcopy(Keep())
