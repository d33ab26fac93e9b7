# clauses are tried in order: the first one whose type matches runs
def classify(x):
    try:
        return 10 // x
    except TypeError:
        return "type"
    except ZeroDivisionError:
        return "zero"
    except Exception:
        return "other"
print(classify(2), classify(0), classify("a"))
