# A module the built-in engine does not have: --engine auto runs it under python3.
import json

text = json.dumps({"a": [1, 2]})
print(text)
