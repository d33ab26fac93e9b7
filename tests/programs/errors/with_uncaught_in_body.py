# with: an uncaught exception still runs __exit__ first, and the error points at the line that raised it
class Cleanup:
    def __enter__(self):
        print("start")

    def __exit__(self, exc_type, exc, tb):
        print("cleanup after", exc_type.__name__)


def main():
    with Cleanup():
        data = {"a": 1}
        return data["b"]


main()
