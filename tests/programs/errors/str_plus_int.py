# concatenating a string and an int
label = "count: " + 3
