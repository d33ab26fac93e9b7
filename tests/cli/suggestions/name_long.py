# long names sharing a beginning are compared by the characters that differ
a_very_long_variable_name_that_goes_on_and_on_forever_1 = 1
print(a_very_long_variable_name_that_goes_on_and_on_forever_2x)
