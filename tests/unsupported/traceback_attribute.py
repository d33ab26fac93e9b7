# unsupported: tb_lineno line 8
class Report:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if tb is not None:
            print(tb.tb_lineno)
        return True


with Report():
    1 / 0
