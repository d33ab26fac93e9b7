# An expression over several lines is marked to the end of its first line, with ^ only
numbers = [1, 2]
value = (numbers[0] +
         "two")
