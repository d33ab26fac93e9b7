# SystemExit unwinds like any exception: finally blocks run, except Exception does not catch it
import sys


def main():
    try:
        try:
            sys.exit(4)
        except Exception:
            print("not caught here")
        finally:
            print("cleanup")
    except BaseException as e:
        print("caught", type(e).__name__, e.code)
        raise


main()
