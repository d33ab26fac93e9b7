# one clause can catch several types: except (A, B) as err
data = {"a": 1}
for key in ["a", "b"]:
    try:
        print(data[key])
        print([1, 2][5])
    except (KeyError, IndexError) as err:
        print(type(err).__name__, err)
