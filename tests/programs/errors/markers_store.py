# A failing store marks its target
scores = [10, 20]
scores[5] = 30
