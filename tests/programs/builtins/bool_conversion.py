# bool() of various values
print(bool(1), bool(0.0), bool("no"), bool(None))
