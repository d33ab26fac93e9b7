# A NaN is not equal to itself, even as one object; in a list or `in`, identity counts first
nan = float("nan")
same = nan
print(nan == nan, nan != nan, nan == same, not (nan == same))
print([nan] == [nan], nan in [nan], (nan,) == (nan,), {1: nan} == {1: nan})
print(nan == float("nan"), nan < nan, nan >= nan)
