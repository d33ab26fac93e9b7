# A failing assert of a comparison marks the comparison
size = 3
assert size > 10, "too small"
