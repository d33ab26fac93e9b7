# with: when __enter__ raises, the body and __exit__ never run
class Locked:
    def __enter__(self):
        raise RuntimeError("already locked")

    def __exit__(self, exc_type, exc, tb):
        print("never")


try:
    with Locked() as lock:
        print("never either")
except RuntimeError as e:
    print("enter failed:", e)
